/**
 * A local stand-in for Discord on 127.0.0.1: the REST routes quizbot uses
 * and a v10 JSON gateway (no compression), recording everything the bot sends.
 */
import { recordShown } from '../pseudoLocaleRun.ts';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { GuildRoles } from './guildRoles.ts';
import { apiGuild, apiMessage, apiUser, snowflake } from './payloads.ts';
import type { GuildShape } from './payloads.ts';

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, URL-decoded (`/webhooks/1/t/messages/@original`). */
  path: string;
  /** Path exactly as received. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: any;
  /** Status the stand-in answered. */
  status: number;
  at: number;
}

export interface GatewayFrame {
  op: number;
  d: any;
  connection: number;
  /** The shard the connection identified (or resumed) as; undefined before that. */
  shard: number | undefined;
  at: number;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  times: number;
}

interface Waiter<T> {
  pred: (x: T) => boolean;
  resolve: (x: T) => void;
}

interface Session {
  id: string;
  shard: number;
  seq: number;
  log: { s: number; t: string; d: unknown }[];
}

interface Connection {
  ws: WebSocket;
  index: number;
  shard: number | undefined;
  identified: boolean;
}

export interface StandInOptions {
  /** Gateway heartbeat interval told in HELLO (ms). */
  heartbeatInterval?: number;
  /** Shards `GET /gateway/bot` recommends (1 unless given). */
  shards?: number;
  /** `session_start_limit.max_concurrency` (1 unless given). */
  maxConcurrency?: number;
  /** Close an IDENTIFY whose shard count is below `shards` with 4011, as Discord does for a bot in too many servers. */
  shardingRequired?: boolean;
}

/** The shard a server's events go to: (guild_id >> 22) % shard count, as Discord routes them. */
export const shardOf = (guildId: string, shardCount: number): number => Number((BigInt(guildId) >> 22n) % BigInt(shardCount));

let nextGuildBase = 300_000_000_000n;
/** A server id whose events go to `shard` of `shardCount`. */
export function guildIdOnShard(shard: number, shardCount: number): string {
  let top = nextGuildBase++;
  while (Number(top % BigInt(shardCount)) !== shard) top = nextGuildBase++;
  return String(top << 22n);
}

/** A file attached to a multipart request, as the stand-in records it in `body.files`. */
export interface SentFile {
  /** The form field (`files[0]`). */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

/** payload_json's fields, plus `files` with every file part. */
async function multipartBody(bytes: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  const json = form.get('payload_json');
  const files: SentFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value !== 'string') files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { ...(typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : {}), files };
}

/** Collects items and resolves promises waiting for one that matches, past or future. */
class Log<T> {
  readonly items: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(x: T): void {
    this.items.push(x);
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(x)) return true;
      w.resolve(x);
      return false;
    });
  }

  /** The first item (from index `since`) matching `pred`, now or when it arrives. */
  wait(pred: (x: T) => boolean, since = 0): Promise<T> {
    const found = this.items.slice(since).find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }
}

export class DiscordStandIn {
  readonly token = 'stand-in.bot.token';
  readonly applicationId = snowflake();
  readonly botUser = { id: this.applicationId, username: 'quizbot' };
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly otherChannelId = snowflake();
  /** A channel the bot may not see: posting there answers 403 Missing Access. */
  readonly forbiddenChannelId = snowflake();
  readonly ownerId = snowflake();
  /** A role of the server besides @everyone, e.g. for its reviewers. */
  readonly tutorRoleId = snowflake();
  /** The server's roles over REST, members' roles, and the bot's power to change them. */
  readonly roles = new GuildRoles(this.guildId, this.botUser.id, [{ id: this.tutorRoleId, name: 'Tutors' }]);

  readonly requests = new Log<RecordedRequest>();
  readonly frames = new Log<GatewayFrame>();
  /** Every gateway connection opened, by path (`/gateway` or `/resume`). */
  readonly connections: string[] = [];
  /** Messages the bot created, by id. */
  readonly messages = new Map<string, ReturnType<typeof apiMessage>>();
  /** Direct message channels the bot opened, by member id. */
  readonly dmChannels = new Map<string, string>();
  /** Slash command definitions last registered, by scope (`global` or a guild id). */
  readonly registered = new Map<string, unknown[]>();
  /** Servers besides the main one (see `addGuild`), with their channels. */
  readonly guilds = new Map<string, GuildShape>();

  private server!: Server;
  private wss = new WebSocketServer({ noServer: true });
  private live: Connection[] = [];
  /** Gateway sessions by shard id. */
  private sessions = new Map<number, Session>();
  private shardCount = 1;
  private failures: Failure[] = [];
  private files = new Map<string, Buffer>();
  private acked = new Set<string>();
  private dmsClosed = new Set<string>();
  private port = 0;

  private constructor(private readonly opts: StandInOptions) {}

  static async start(opts: StandInOptions = {}): Promise<DiscordStandIn> {
    const s = new DiscordStandIn(opts);
    s.server = createServer((req, res) => void s.onHttp(req, res));
    s.server.on('upgrade', (req, socket, head) => {
      s.wss.handleUpgrade(req, socket, head, (ws) => s.onGateway(ws, new URL(req.url ?? '/', 'http://x').pathname));
    });
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    s.port = (s.server.address() as AddressInfo).port;
    return s;
  }

  /** What DISCORD_API_URL would be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The shard count the bot identified with (1 before it identified). */
  get identifiedShardCount(): number {
    return this.shardCount;
  }

  /** Adds a server with one channel on the given shard (of the count `/gateway/bot` recommends unless given). */
  addGuild(shard: number, shardCount = this.opts.shards ?? 1): GuildShape {
    const id = guildIdOnShard(shard, shardCount);
    const g: GuildShape = { id, name: `Server ${this.guilds.size + 2}`, ownerId: this.ownerId, botUser: this.botUser, channels: [{ id: snowflake(), name: 'quiz' }] };
    this.guilds.set(id, g);
    return g;
  }

  guild(): GuildShape {
    return {
      id: this.guildId,
      name: 'Study group',
      ownerId: this.ownerId,
      botUser: this.botUser,
      channels: [
        { id: this.channelId, name: 'quiz' },
        { id: this.otherChannelId, name: 'daily' },
      ],
      roles: [{ id: this.tutorRoleId, name: 'Tutors' }],
    };
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.live = [];
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- test controls -------------------------------------------------------

  /** Answers the next `times` requests matching method and path with `status` (e.g. 429 or 500). */
  fail(o: { method: string; path: RegExp; status: number; headers?: Record<string, string>; body?: unknown; times?: number }): void {
    this.failures.push({ headers: {}, body: { message: 'stand-in failure', code: 0 }, times: 1, ...o });
  }

  /** A rate limit on the matching route, waited out by the client after `retryAfter` seconds. */
  rateLimit(method: string, path: RegExp, retryAfter: number): void {
    this.fail({
      method,
      path,
      status: 429,
      headers: {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-bucket': 'stand-in-bucket',
        'x-ratelimit-scope': 'user',
      },
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    });
  }

  /** Serves a file the way Discord's CDN would; `size` is what the attachment object declares. */
  attachment(filename: string, content: string | Buffer, size?: number) {
    const id = snowflake();
    const data = Buffer.from(content);
    this.files.set(`/attachments/${id}/${filename}`, data);
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${filename}`;
    return { id, filename, size: size ?? data.length, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' };
  }

  /** The member takes no direct messages from server members: posting in their DM answers 403 (code 50007), as Discord does. */
  closeDms(userId: string): void {
    this.dmsClosed.add(userId);
  }

  /** Messages the bot sent to a member's DM channel. */
  dmsTo(userId: string): ReturnType<typeof apiMessage>[] {
    const channel = this.dmChannels.get(userId);
    return [...this.messages.values()].filter((m) => channel !== undefined && m.channel_id === channel);
  }

  /** Waits for the bot to post in a member's DM channel. */
  async waitForDm(userId: string, since = 0): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${this.dmChannels.get(userId)}/messages`, since);
  }

  /** Waits for a request the bot makes (or made). */
  waitForRequest(pred: (r: RecordedRequest) => boolean, since = 0): Promise<RecordedRequest> {
    return this.requests.wait(pred, since);
  }

  /** Waits for the bot's interaction callback (`POST /interactions/:id/:token/callback`). */
  callback(interactionId: string): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`));
  }

  /** Waits for the nth (0-based) webhook request made with an interaction token. */
  webhook(token: string, method: string, nth = 0): Promise<RecordedRequest> {
    let seen = 0;
    return this.waitForRequest((r) => r.method === method && r.path.startsWith(`/webhooks/${this.applicationId}/${token}`) && seen++ === nth);
  }

  waitForFrame(pred: (f: GatewayFrame) => boolean, since = 0): Promise<GatewayFrame> {
    return this.frames.wait(pred, since);
  }

  /**
   * Sends a dispatch on the shard of its `guild_id` (or `id` for guild events; shard 0 without one);
   * while that shard is disconnected it is kept and replayed on RESUME.
   */
  dispatch(t: string, d: unknown, shard?: number): void {
    const o = d as { guild_id?: unknown; id?: unknown };
    const guildId = typeof o?.guild_id === 'string' ? o.guild_id : t.startsWith('GUILD_') && typeof o?.id === 'string' ? o.id : undefined;
    const to = shard ?? (guildId ? shardOf(guildId, this.shardCount) : 0);
    const session = this.sessions.get(to);
    if (!session) throw new Error(`no gateway session on shard ${to}`);
    const event = { s: ++session.seq, t, d };
    session.log.push(event);
    const c = this.live.find((x) => x.shard === to && x.identified && x.ws.readyState === x.ws.OPEN);
    if (c) this.send(c.ws, { op: 0, ...event });
  }

  /** Delivers an INTERACTION_CREATE and returns its id and token. */
  interact<T extends { id: string; token: string }>(payload: T): T {
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Closes gateway connections from the server side (every shard's, or one shard's), e.g. with 4000 (unknown error → the bot resumes). */
  closeGateway(code: number, shard?: number): void {
    for (const c of this.live) {
      if (shard !== undefined && c.shard !== shard) continue;
      c.identified = false;
      c.ws.close(code, 'stand-in closed the connection');
    }
  }

  /** Forgets a shard's session, so its next RESUME is refused and it has to identify again. */
  dropSession(shard: number): void {
    this.sessions.delete(shard);
  }

  /** Records a channel message as if someone else had posted it. */
  existingMessage(channelId: string, body: Record<string, unknown> = {}) {
    const m = apiMessage({ id: snowflake(), channelId, author: apiUser(this.botUser, true), body });
    this.messages.set(m.id, m);
    return m;
  }

  // ---- gateway -------------------------------------------------------------

  private send(ws: WebSocket, payload: { op: number; d?: unknown; s?: number | null; t?: string | null }): void {
    ws.send(JSON.stringify({ s: null, t: null, d: null, ...payload }));
  }

  private onGateway(ws: WebSocket, path: string): void {
    const c: Connection = { ws, index: this.connections.push(path) - 1, shard: undefined, identified: false };
    this.live.push(c);
    ws.on('close', () => {
      this.live = this.live.filter((x) => x !== c);
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatInterval ?? 41_250 } });
    ws.on('message', (raw, isBinary) => {
      if (isBinary) return ws.close(4002, 'Decode error');
      const frame = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      const shard = frame.op === 2 ? ((frame.d.shard as [number, number] | undefined)?.[0] ?? 0) : frame.op === 6 ? this.sessionById(String(frame.d.session_id))?.shard : c.shard;
      this.frames.push({ op: frame.op, d: frame.d, connection: c.index, shard, at: Date.now() });
      if (frame.op === 1) this.send(ws, { op: 11 });
      else if (frame.op === 2) this.identify(c, frame.d);
      else if (frame.op === 6) this.resume(c, frame.d);
    });
  }

  private sessionById(id: string): Session | undefined {
    return [...this.sessions.values()].find((x) => x.id === id);
  }

  private guildsOn(shard: number, count: number): GuildShape[] {
    return [this.guild(), ...this.guilds.values()].filter((g) => shardOf(g.id, count) === shard);
  }

  private identify(c: Connection, d: Record<string, unknown>): void {
    const ws = c.ws;
    if (d.token !== this.token) return ws.close(4004, 'Authentication failed.');
    const [shard, count] = (d.shard as [number, number] | undefined) ?? [0, 1];
    if (this.opts.shardingRequired && count < (this.opts.shards ?? 1)) return ws.close(4011, 'Sharding required.');
    if (!(shard >= 0 && shard < count)) return ws.close(4010, 'Invalid shard.');
    this.shardCount = count;
    c.shard = shard;
    this.sessions.set(shard, { id: `session-${snowflake()}`, shard, seq: 0, log: [] });
    c.identified = true;
    const guilds = this.guildsOn(shard, count);
    this.dispatch('READY', {
      v: 10,
      user: { ...apiUser(this.botUser, true), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: this.sessions.get(shard)!.id,
      session_type: 'normal',
      resume_gateway_url: `ws://127.0.0.1:${this.port}/resume`,
      shard: [shard, count],
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    }, shard);
    for (const g of guilds) this.dispatch('GUILD_CREATE', apiGuild(g), shard);
  }

  private resume(c: Connection, d: Record<string, unknown>): void {
    const ws = c.ws;
    if (d.token !== this.token) return ws.close(4004, 'Authentication failed.');
    const session = this.sessionById(String(d.session_id));
    if (!session) return this.send(ws, { op: 9, d: false });
    c.shard = session.shard;
    c.identified = true;
    for (const e of session.log.filter((x) => x.s > Number(d.seq))) this.send(ws, { op: 0, ...e });
    this.dispatch('RESUMED', {}, session.shard);
  }

  // ---- REST ----------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const text = bytes.toString('utf8');
    const rawPath = url.pathname.replace(/^\/api\/v10/, '');
    const path = decodeURIComponent(rawPath);
    const method = req.method ?? 'GET';
    let body: unknown = text;
    if (text && String(req.headers['content-type']).includes('application/json')) body = JSON.parse(text);
    // Messages with attachments come as multipart: the JSON in payload_json, each file as its own part.
    if (String(req.headers['content-type']).startsWith('multipart/form-data')) body = await multipartBody(bytes, String(req.headers['content-type']));

    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      if (method !== 'GET') recordShown('discord', `${method} ${path}`, body);
      this.requests.push({ method, path, rawPath, query: url.searchParams, headers: req.headers, body, status, at: Date.now() });
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };

    if (url.pathname.startsWith('/attachments/')) {
      const file = this.files.get(url.pathname);
      if (!file) return reply(404, { message: 'Not found', code: 0 });
      this.requests.push({ method, path: url.pathname, rawPath: url.pathname, query: url.searchParams, headers: req.headers, body, status: 200, at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(file.length) });
      res.end(file);
      return;
    }
    if (!url.pathname.startsWith('/api/v10/')) return reply(404, { message: '404: Not Found', code: 0 });

    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (failure) {
      failure.times--;
      return reply(failure.status, failure.body, failure.headers);
    }
    const tokenFree = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!tokenFree && req.headers.authorization !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });

    const route = this.route(method, path, body, url.searchParams);
    return reply(route.status, route.json);
  }

  private route(method: string, path: string, body: unknown, query: URLSearchParams): { status: number; json?: unknown } {
    const app = this.applicationId;
    const bot = apiUser(this.botUser, true);
    const ok = (json?: unknown) => ({ status: json === undefined ? 204 : 200, json });
    const notFound = (code: number, message: string) => ({ status: 404, json: { message, code } });
    let m: RegExpMatchArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      return ok({
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.opts.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.opts.maxConcurrency ?? 1 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return ok(bot);
    const roleRoute = this.roles.route(method, path);
    if (roleRoute) return roleRoute;
    if (method === 'GET' && path === '/applications/@me') return ok({ id: app, name: 'quizbot', description: '', flags: 0, bot_public: true, bot });
    if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/))) {
      if (m[1] !== app) return notFound(10002, 'Unknown Application');
      if (m[2] && m[2] !== this.guildId) return { status: 403, json: { message: 'Missing Access', code: 50001 } };
      const defs = (body as Record<string, unknown>[]).map((c) => ({ id: snowflake(), application_id: app, version: snowflake(), ...c }));
      this.registered.set(m[2] ?? 'global', defs);
      return ok(defs);
    }
    if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      if (this.acked.has(m[1]!)) return { status: 400, json: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      this.acked.add(m[1]!);
      return ok();
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/))) {
      const token = m[2]!;
      if (m[1] !== app || !this.ackedToken(token)) return notFound(10015, 'Unknown Webhook');
      if (method === 'DELETE') return ok();
      const b = body as Record<string, unknown>;
      return ok(apiMessage({ id: snowflake(), channelId: this.channelId, author: bot, body: b }));
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String((body as { recipient_id?: unknown }).recipient_id ?? '');
      if (!/^\d+$/.test(recipient)) return { status: 400, json: { message: 'Invalid Form Body', code: 50035 } };
      const id = this.dmChannels.get(recipient) ?? snowflake();
      this.dmChannels.set(recipient, id);
      return ok({ id, type: 1, last_message_id: null, flags: 0, recipients: [apiUser({ id: recipient, username: `member-${recipient}` })] });
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/))) {
      const channelId = m[1]!;
      if (channelId === this.forbiddenChannelId) return { status: 403, json: { message: 'Missing Access', code: 50001 } };
      const dmOf = [...this.dmChannels].find(([, id]) => id === channelId)?.[0];
      if (dmOf !== undefined && this.dmsClosed.has(dmOf)) return { status: 403, json: { message: 'Cannot send messages to this user', code: 50007 } };
      const known = channelId === this.channelId || channelId === this.otherChannelId || [...this.guilds.values()].some((g) => g.channels.some((x) => x.id === channelId));
      if (!known && dmOf === undefined) return notFound(10003, 'Unknown Channel');
      if (method === 'POST' && !m[2]) {
        const msg = apiMessage({ id: snowflake(), channelId, author: bot, body: body as Record<string, unknown> });
        this.messages.set(msg.id, msg);
        return ok(msg);
      }
      if (method === 'GET' && !m[2]) {
        const limit = Number(query.get('limit') ?? 50);
        const inChannel = [...this.messages.values()].filter((x) => x.channel_id === channelId);
        return ok(inChannel.reverse().slice(0, limit));
      }
      if (method === 'GET' && m[2]) {
        const msg = this.messages.get(m[2]);
        return msg && msg.channel_id === channelId ? ok(msg) : notFound(10008, 'Unknown Message');
      }
    }
    return notFound(0, `404: Not Found (${method} ${path})`);
  }

  /** Webhook tokens are interaction tokens; they work once the interaction was acknowledged. */
  private ackedToken(token: string): boolean {
    return this.requests.items.some((r) => r.method === 'POST' && r.status === 204 && r.path.includes(`/${token}/callback`));
  }
}
