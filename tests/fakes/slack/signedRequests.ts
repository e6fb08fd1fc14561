import { createHmac } from 'node:crypto';

/**
 * Requests as Slack sends them to an app in HTTP mode: signed with the
 * signing secret (`v0=` HMAC-SHA256 of `v0:timestamp:body`).
 */

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since epoch; defaults to now. */
  timestamp?: number;
  /** Replace the signature (to forge one). */
  signature?: string;
}

export class SlackSender {
  constructor(
    readonly appUrl: string,
    private readonly signingSecret: string,
  ) {}

  /** POST a raw body with Slack's headers. */
  async post(body: string, contentType: string, o: SignOptions = {}): Promise<Response> {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(this.appUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': o.signature ?? slackSignature(this.signingSecret, timestamp, body),
      },
      body,
    });
  }

  /** A slash command, form-encoded. */
  command(fields: Record<string, string>, o: SignOptions = {}): Promise<Response> {
    return this.post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', o);
  }

  /** An interaction (block_actions, view_submission): form-encoded `payload=` JSON. */
  interaction(payload: unknown, o: SignOptions = {}): Promise<Response> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', o);
  }

  /** An Events API callback, JSON. */
  event(body: unknown, o: SignOptions = {}): Promise<Response> {
    return this.post(JSON.stringify(body), 'application/json', o);
  }
}
