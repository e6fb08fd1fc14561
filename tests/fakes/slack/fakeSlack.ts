import { memberLocale, recordShown } from '../pseudoLocaleRun.ts';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local stand-in for Slack: the Web API (`/api/<method>`), response_url
 * endpoints (`/respond/<id>`), file downloads (`/files/<id>`) and a Socket Mode
 * WebSocket (`/socket`). It records every call, can fail calls on demand
 * (429 with Retry-After, 5xx, Slack error codes), and lets tests wait for
 * calls instead of sleeping.
 */

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  /** Position in the recording, across all methods. */
  seq: number;
  /** The failure injected into this call, if any. */
  fault?: Fault;
}

export type Fault = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string };

export interface FakeUser {
  id: string;
  name: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  /** Sent by users.info when asked with `include_locale`, as Slack does ("de-DE"). */
  locale?: string;
}

/** A file the app uploaded (files.getUploadURLExternal, the upload itself, files.completeUploadExternal). */
export interface UploadedFile {
  id: string;
  filename: string;
  altText?: string;
  /** The bytes posted to the upload URL; undefined until they arrive. */
  data?: Buffer;
  /** Where files.completeUploadExternal shared it; undefined until completed. */
  channel?: string;
  title?: string;
}

export interface FakeFile {
  id: string;
  name: string;
  content: string | Buffer;
  /** Reported by files.info; defaults to the content's length. */
  size?: number;
}

interface StoredMessage {
  ts: string;
  channel: string;
  text?: string;
  blocks?: unknown;
  thread_ts?: string;
}

export interface Envelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: unknown;
  accepts_response_payload: boolean;
  retry_attempt: number;
}

export interface Ack {
  envelope_id: string;
  payload: unknown;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly acks: Ack[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly files = new Map<string, FakeFile>();
  readonly messages: StoredMessage[] = [];
  /** Files the app uploaded, by id. */
  readonly uploads = new Map<string, UploadedFile>();
  /** Direct message channels the app opened with conversations.open, by user id. */
  readonly dmChannels = new Map<string, string>();
  /** Socket Mode connections opened so far. */
  connections = 0;
  team = { id: 'T001', name: 'Test Team' };
  bot = { userId: 'UBOT', botId: 'BBOT' };

  private readonly faults = new Map<string, Fault[]>();
  private readonly holds = new Map<string, Promise<void>>();
  /** Pending waits, re-checked whenever something is recorded. */
  private checks: (() => boolean)[] = [];
  private readonly unacked = new Map<string, Envelope>();
  private socket: WebSocket | undefined;
  private server!: Server;
  private wss!: WebSocketServer;
  private seq = 0;
  private tsCounter = 0;
  private responseIds = 0;

  private constructor(
    readonly botToken: string,
    readonly appToken: string,
  ) {}

  static async start(o: { botToken?: string; appToken?: string } = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(o.botToken ?? 'xoxb-test-token', o.appToken ?? 'xapp-test-token');
    await fake.listen();
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** What SLACK_API_URL is set to. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A fresh response_url, as Slack puts in slash commands and block actions. */
  responseUrl(): string {
    return `${this.origin}/respond/${++this.responseIds}`;
  }

  /** Fail the next calls of `method`, in order. */
  failNext(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** Hold answers to `method` (calls are still recorded at once) until the returned function is called. */
  hold(method: string): () => void {
    let release!: () => void;
    this.holds.set(method, new Promise<void>((r) => (release = r)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first value `probe` returns, re-probing whenever a call, ack or connection is recorded. */
  until<T>(probe: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const v = probe();
        if (v === undefined) return false;
        resolve(v);
        return true;
      };
      if (!check()) this.checks.push(check);
    });
  }

  /** Resolves with the first call of `method` (already recorded or future) that matches. */
  waitFor(method: string, match: (c: RecordedCall) => boolean = () => true): Promise<RecordedCall> {
    return this.until(() => this.calls.find((c) => c.method === method && match(c)));
  }

  /** Resolves once `n` calls of `method` (matching) have been recorded. */
  waitForCount(method: string, n: number, match: (c: RecordedCall) => boolean = () => true): Promise<RecordedCall[]> {
    return this.until(() => {
      const got = this.calls.filter((c) => c.method === method && match(c));
      return got.length >= n ? got : undefined;
    });
  }

  /** Resolves once Socket Mode has connected (and been sent hello) `n` times in all. */
  waitForConnection(n: number): Promise<number> {
    return this.until(() => (this.connections >= n ? this.connections : undefined));
  }

  private changed(): void {
    this.checks = this.checks.filter((check) => !check());
  }

  /**
   * Deliver an envelope over Socket Mode. It is queued while no client is
   * connected and delivered again (retry_attempt + 1) on the next connection
   * until acked. Resolves with the ack.
   */
  sendEnvelope(type: Envelope['type'], payload: unknown): { envelopeId: string; acked: Promise<Ack> } {
    const envelope: Envelope = { envelope_id: randomUUID(), type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0 };
    this.unacked.set(envelope.envelope_id, envelope);
    const acked = this.until(() => this.acks.find((a) => a.envelope_id === envelope.envelope_id));
    if (this.socket) this.socket.send(JSON.stringify(envelope));
    return { envelopeId: envelope.envelope_id, acked };
  }

  /** Drop the Socket Mode connection without a close handshake, as a network failure would. */
  dropConnection(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', this.origin);
      if (url.pathname !== '/socket' || url.searchParams.get('ticket') !== 'valid') {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    this.connections += 1;
    ws.on('message', (data) => this.onAck(String(data)));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A001' } }));
    for (const envelope of this.unacked.values()) {
      if (this.connections > 1) envelope.retry_attempt += 1;
      ws.send(JSON.stringify(envelope));
    }
    this.changed();
  }

  private onAck(text: string): void {
    const msg = JSON.parse(text) as { envelope_id?: string; payload?: unknown };
    if (!msg.envelope_id) return;
    const ack = { envelope_id: msg.envelope_id, payload: msg.payload };
    this.acks.push(ack);
    this.unacked.delete(msg.envelope_id);
    this.changed();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (url.pathname.startsWith('/files/') && req.method === 'GET') return this.download(url.pathname.slice(7), token, res);
    if (url.pathname.startsWith('/upload/') && req.method === 'POST') return this.receiveUpload(url.pathname.slice(8), await uploadedBytes(bytes, req.headers['content-type'] ?? ''), res);
    if (url.pathname.startsWith('/respond/')) {
      const args = JSON.parse(raw || '{}') as Record<string, unknown>;
      const fault = this.record('response_url', { ...args, url: url.pathname }, token);
      if (fault) return this.sendFault(fault, res);
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }
    const method = /^\/api\/(.+)$/.exec(url.pathname)?.[1];
    if (!method) return void res.writeHead(404).end();
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const fault = this.record(method, args, token ?? (typeof args.token === 'string' ? args.token : undefined));
    await this.holds.get(method);
    if (fault) return this.sendFault(fault, res);
    json(res, this.answer(method, args, token));
  }

  /** Record the call, wake waiters, and return the fault to inject, if any. */
  private record(method: string, args: Record<string, unknown>, token: string | undefined): Fault | undefined {
    const fault = this.faults.get(method)?.shift();
    this.calls.push({ method, args, token, seq: ++this.seq, ...(fault ? { fault } : {}) });
    recordShown('slack', method, args);
    this.changed();
    return fault;
  }

  private sendFault(fault: Fault, res: ServerResponse): void {
    if ('error' in fault) return json(res, { ok: false, error: fault.error });
    if (fault.status === 429) return void res.writeHead(429, { 'retry-after': String(fault.retryAfter) }).end();
    res.writeHead(fault.status).end('upstream trouble');
  }

  private answer(method: string, args: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      if (token !== this.appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=valid` };
    }
    if (token !== this.botToken) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: this.team.name, team_id: this.team.id, user: 'quizbot', user_id: this.bot.userId, bot_id: this.bot.botId };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        const channel = String(args.channel);
        this.messages.push({ ts, channel, text: args.text as string, blocks: args.blocks, thread_ts: args.thread_ts as string | undefined });
        return { ok: true, channel, ts, message: { ts, text: args.text, blocks: args.blocks } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.seq}`, ...(args.view as object) } };
      case 'users.info': {
        const found = this.users.get(String(args.user));
        if (!found) return { ok: false, error: 'user_not_found' };
        const { locale = memberLocale('en-US'), ...user } = found;
        const withLocale = args.include_locale === true || args.include_locale === 'true';
        return { ok: true, user: { ...user, team_id: this.team.id, profile: { display_name: user.name, real_name: user.real_name ?? user.name }, ...(withLocale ? { locale } : {}) } };
      }
      case 'conversations.history': {
        const inChannel = this.messages.filter((m) => m.channel === args.channel && !m.thread_ts);
        const latest = args.latest ? Number(args.latest) : Number.POSITIVE_INFINITY;
        const oldest = args.oldest ? Number(args.oldest) : 0;
        const found = inChannel.filter((m) => Number(m.ts) <= latest && Number(m.ts) >= oldest).reverse();
        return { ok: true, messages: found.slice(0, Number(args.limit ?? 100)), has_more: false };
      }
      case 'files.info': {
        const file = this.files.get(String(args.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        const size = file.size ?? Buffer.byteLength(file.content);
        const url = `${this.origin}/files/${file.id}`;
        return { ok: true, file: { id: file.id, name: file.name, size, url_private: url, url_private_download: `${url}?download=1` } };
      }
      case 'conversations.open': {
        const user = String(args.users ?? '');
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        const id = this.dmChannels.get(user) ?? `D${user.slice(1)}`;
        this.dmChannels.set(user, id);
        return { ok: true, channel: { id } };
      }
      case 'files.getUploadURLExternal': {
        const filename = String(args.filename ?? '');
        if (!filename || !Number(args.length)) return { ok: false, error: 'invalid_arguments' };
        const id = `F${String(this.uploads.size + 1).padStart(6, '0')}`;
        this.uploads.set(id, { id, filename, ...(typeof args.alt_text === 'string' ? { altText: args.alt_text } : {}) });
        return { ok: true, upload_url: `${this.origin}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof args.files === 'string' ? tryJson(args.files) : args.files) as { id: string; title?: string }[];
        for (const f of files ?? []) {
          const upload = this.uploads.get(f.id);
          if (!upload?.data) return { ok: false, error: 'file_not_found' };
          upload.channel = String(args.channel_id ?? '');
          if (f.title) upload.title = f.title;
        }
        this.changed();
        return { ok: true, files: (files ?? []).map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Resolves with the first file shared in a channel (files.completeUploadExternal done), now or when it is. */
  waitForUpload(match: (u: UploadedFile) => boolean = () => true): Promise<UploadedFile> {
    return this.until(() => [...this.uploads.values()].find((u) => u.channel !== undefined && match(u)));
  }

  /** The upload URL files.getUploadURLExternal handed out: takes the file's bytes as the request body. */
  private receiveUpload(id: string, data: Buffer, res: ServerResponse): void {
    const upload = this.uploads.get(id);
    this.record('file.upload', { id, bytes: data.length }, undefined);
    if (!upload) return void res.writeHead(404).end('no such upload');
    upload.data = data;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${data.length}`);
  }

  private download(id: string, token: string | undefined, res: ServerResponse): void {
    this.record('file.download', { id }, token);
    const file = this.files.get(id);
    if (!file || token !== this.botToken) {
      // Slack serves its login page to unauthenticated downloads.
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.content);
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The upload URL takes the bytes as they are, or as the one file of a multipart form (as the Web API client sends them). */
async function uploadedBytes(body: Buffer, contentType: string): Promise<Buffer> {
  if (!contentType.startsWith('multipart/form-data')) return body;
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const file = [...form.values()].find((v) => typeof v !== 'string');
  return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
}

/** The Web API client sends form-encoded bodies with objects as JSON strings (or JSON bodies). */
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    args[k] = /^[[{]/.test(v) ? tryJson(v) : v;
  }
  return args;
}

function tryJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
