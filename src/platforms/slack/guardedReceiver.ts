import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, HTTPReceiver, type Logger, defaultBodyLimit, isRawBodyError } from '@slack/bolt';
import type pino from 'pino';
import { SeenSignatures } from './seenSignatures.ts';

/** Slack's rule: a request's timestamp may differ from our clock by at most 5 minutes, either way. */
const MAX_SKEW_SEC = 5 * 60;
/** Fresh signatures remembered at most: far above what Slack sends in 5 minutes to one app. */
const REMEMBER_AT_MOST = 100_000;
const FORM = 'application/x-www-form-urlencoded';

export interface GuardedReceiverOptions {
  signingSecret: string;
  endpoint: string;
  /** Bolt's logger. */
  logger: Logger;
  /** Where refused requests are logged. */
  log: pino.Logger;
  /** Milliseconds since epoch; tests pass their own. */
  now?: () => number;
  rememberAtMost?: number;
}

type Verdict = { pass: true } | { pass: false; status: number; reason: string };

/**
 * Bolt's HTTP receiver with a screen in front of its request handling: every request to
 * the events endpoint must be signed, dated within 5 minutes of now in either direction
 * (Bolt only refuses old ones), not seen before, and carry a JSON object, before Bolt
 * reads it. Bolt itself reads `body.ssl_check` of whatever JSON was signed, so a signed
 * `null` used to end the process.
 */
export function guardedReceiver(o: GuardedReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret: o.signingSecret, endpoints: o.endpoint, logger: o.logger });
  const bolt = receiver.requestListener;
  const seen = new SeenSignatures(MAX_SKEW_SEC, o.rememberAtMost ?? REMEMBER_AT_MOST);
  const now = o.now ?? Date.now;

  async function screen(req: IncomingMessage): Promise<Verdict> {
    let text: string;
    try {
      text = (await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit)).rawBody.toString();
    } catch (e) {
      if (isRawBodyError(e) && (e as { statusCode: number }).statusCode === 413) return { pass: false, status: 413, reason: 'body too large' };
      return { pass: false, status: 400, reason: 'body could not be read' };
    }
    const contentType = req.headers['content-type'];
    // Slack's connectivity check is unsigned; Bolt answers it and drops everything else in it.
    if (contentType === FORM && parseQuery(text).ssl_check === '1') return { pass: true };

    const signature = req.headers['x-slack-signature'];
    const stamp = req.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof stamp !== 'string' || !/^\d{1,12}$/.test(stamp)) return { pass: false, status: 401, reason: 'unsigned' };
    const timestamp = Number(stamp);
    const nowSec = Math.floor(now() / 1000);
    if (Math.abs(nowSec - timestamp) > MAX_SKEW_SEC) return { pass: false, status: 401, reason: 'timestamp over 5 minutes from now' };
    if (!signatureMatches(o.signingSecret, stamp, text, signature)) return { pass: false, status: 401, reason: 'signature mismatch' };
    const fresh = seen.remember(signature, timestamp, nowSec);
    if (fresh === 'replay') return { pass: false, status: 401, reason: 'replay of an earlier request' };
    // Refusing keeps the replay promise; Slack retries later.
    if (fresh === 'full') return { pass: false, status: 503, reason: 'too many requests to remember' };

    if (!isObjectBody(text, contentType)) return { pass: false, status: 400, reason: 'body is not a JSON object' };
    return { pass: true };
  }

  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // Other paths and methods: Bolt answers (404) as before, synchronously.
    if (pathname !== o.endpoint || req.method?.toUpperCase() !== 'POST') return bolt(req, res);
    screen(req)
      .then((v) => {
        if (v.pass) return bolt(req, res);
        o.log.warn({ status: v.status, reason: v.reason }, 'slack: refused a request');
        res.writeHead(v.status).end();
      })
      .catch((err: unknown) => {
        o.log.error({ err }, 'slack: a request failed before reaching the app');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
  return receiver;
}

function signatureMatches(secret: string, stamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${stamp}:${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body as Bolt will parse it (a form's `payload` is JSON) is a plain object. */
function isObjectBody(text: string, contentType: string | undefined): boolean {
  try {
    let body: unknown;
    if (contentType === FORM) {
      const fields = parseQuery(text);
      body = typeof fields.payload === 'string' ? JSON.parse(fields.payload) : fields;
    } else {
      body = JSON.parse(text);
    }
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}
