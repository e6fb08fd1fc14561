import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../src/platforms/discord/registerCommands.ts';
import { startDiscord } from '../../../src/platforms/discord/startDiscord.ts';
import { DiscordStandIn } from '../../fakes/discord/DiscordStandIn.ts';
import { makeTestEngine } from '../../helpers/testEngine.ts';
import { alice, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

const silent = pino({ level: 'silent' });
let h: Harness | undefined;
let extra: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const x of extra) await x.stop();
  extra = [];
});

describe('connecting', () => {
  it('identifies with the Guilds intent only and resolves once the guild arrived', async () => {
    h = await startHarness();
    const identify = await h.discord.waitForFrame((f) => f.op === 2);
    expect(identify.d.intents).toBe(1);
    expect(h.discord.requests.items[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(h.discord.connections).toEqual(['/gateway']);
  });

  it('answers heartbeats and keeps beating on the acknowledged connection', async () => {
    const discord = await DiscordStandIn.start({ heartbeatInterval: 30 });
    extra.push(discord);
    const te = makeTestEngine();
    const bot = await startDiscord({ token: discord.token, apiUrl: discord.apiUrl, engine: te.engine, logger: silent });
    const first = await discord.waitForFrame((f) => f.op === 1);
    const second = await discord.waitForFrame((f) => f.op === 1 && f !== first);
    expect(second.connection).toBe(first.connection); // an unacknowledged beat would have made it reconnect
    await bot.stop();
    te.cleanup();
  });

  it('rejects a token Discord refuses with one line naming DISCORD_TOKEN', async () => {
    const discord = await DiscordStandIn.start();
    extra.push(discord);
    const te = makeTestEngine();
    const err = await startDiscord({ token: 'not-the-token', apiUrl: discord.apiUrl, engine: te.engine, logger: silent }).catch((e: Error) => e);
    te.cleanup();
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/DISCORD_TOKEN.*401/);
    expect((err as Error).message).not.toContain('\n');
    expect((err as Error).message).not.toContain('not-the-token');
  });

  it('refuses to start without a token, before any request', async () => {
    const discord = await DiscordStandIn.start();
    extra.push(discord);
    const te = makeTestEngine();
    await expect(startDiscord({ token: ' ', apiUrl: discord.apiUrl, engine: te.engine, logger: silent })).rejects.toThrow(/DISCORD_TOKEN is not set/);
    te.cleanup();
    expect(discord.requests.items).toEqual([]);
  });

  it('registers the commands in the given server when asked to on start', async () => {
    h = await startHarness({ registerCommandsOnStart: true, guildId: undefined });
    expect(h.discord.registered.get('global')?.map((c) => (c as { name: string }).name)).toEqual(['answer', 'quiz', 'practice', 'leaderboard', 'season', 'stats', 'appeal', 'daily', 'deck', 'review', 'grade', 'settings', 'status', 'help']);
  });
});

describe('registerCommands', () => {
  it('registers guild commands with the contract options and admin defaults', async () => {
    const discord = await DiscordStandIn.start();
    extra.push(discord);
    const r = await registerCommands({ token: discord.token, apiUrl: discord.apiUrl, guildId: discord.guildId });
    expect(r).toEqual({ count: 14, scope: 'guild' });
    expect(discord.requests.items.map((x) => `${x.method} ${x.path}`)).toEqual([
      'GET /applications/@me',
      `PUT /applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
    ]);
    type Opt = { name: string; type: number; options?: Opt[]; choices?: { value: string }[]; autocomplete?: boolean };
    const defs = discord.registered.get(discord.guildId) as { name: string; options?: Opt[]; default_member_permissions?: string }[];
    const byName = new Map(defs.map((d) => [d.name, d]));
    const subs = (name: string) => byName.get(name)!.options!.map((o) => [o.name, (o.options ?? []).map((x) => x.name)]);
    expect(byName.get('answer')!.options!.map((o) => o.name)).toEqual(['text']);
    expect(subs('quiz')).toEqual([['start', ['deck', 'questions', 'seconds']], ['stop', []]]);
    expect(byName.get('leaderboard')!.options!.map((o) => o.name)).toEqual(['period', 'deck', 'image']);
    expect(byName.get('leaderboard')!.options![0]!.choices!.map((c) => c.value)).toEqual(['today', 'week', 'month', 'season', 'all']);
    expect(byName.get('stats')!.options!.map((o) => [o.name, o.type])).toEqual([['user', 6], ['image', 5]]);
    expect(subs('daily')).toEqual([
      ['setup', ['channel', 'time', 'timezone', 'deck']],
      ['pause', []],
      ['resume', []],
      ['now', []],
      ['status', []],
      ['skip', []],
    ]);
    expect(subs('deck')).toEqual([['list', []], ['show', ['name']], ['import', ['file']], ['use', ['name']], ['remove', ['name']]]);
    expect(byName.get('settings')!.options!.map((o) => [o.name, o.type])).toEqual([['language', 3], ['questions', 4], ['seconds', 4], ['reviewers', 8], ['reward_role', 8], ['reward_top', 4]]);
    expect(byName.get('appeal')!.options!.map((o) => [o.name, o.type])).toEqual([['reason', 3]]);
    expect(subs('review')).toEqual([['queue', ['page']], ['log', ['page']]]);
    expect(subs('grade')).toEqual([['set', ['user', 'question', 'verdict', 'note', 'deck']]]);
    expect(byName.get('grade')!.options![0]!.options![2]!.choices!.map((c) => c.value)).toEqual(['correct', 'partial', 'incorrect']);
    expect(byName.get('daily')!.default_member_permissions).toBe('32');
    expect(byName.get('settings')!.default_member_permissions).toBe('32');
    expect(subs('season')).toEqual([['start', ['name', 'length', 'until']], ['end', []]]);
    expect(byName.get('season')!.options![0]!.options![1]!.choices!.map((c) => c.value)).toEqual(['week', 'month']);
    expect(byName.get('season')!.default_member_permissions).toBe('32');
    expect(byName.get('status')!.default_member_permissions).toBe('32');
    // Reviewers hold a role the server chose, not Manage Server: the engine checks them.
    for (const open of ['help', 'appeal', 'review', 'grade']) expect(byName.get(open)!.default_member_permissions, open).toBeUndefined();
  });

  it('registers globally without a server id', async () => {
    const discord = await DiscordStandIn.start();
    extra.push(discord);
    await expect(registerCommands({ token: discord.token, apiUrl: discord.apiUrl })).resolves.toEqual({ count: 14, scope: 'global' });
  });

  it('fails with one line when the token is refused', async () => {
    const discord = await DiscordStandIn.start();
    extra.push(discord);
    await expect(registerCommands({ token: 'wrong', apiUrl: discord.apiUrl })).rejects.toThrow(/^Discord rejected DISCORD_TOKEN/);
  });
});

describe('gateway reconnect', () => {
  it('resumes after close code 4000 and handles an answer sent while disconnected', async () => {
    h = await startHarness();
    const start = h.slash(alice, { name: 'quiz', subcommand: 'start', options: { seconds: 60 } });
    await start.callback;
    const resumesBefore = h.discord.frames.items.length;
    h.discord.closeGateway(4000);
    // Delivered while the bot is away: the stand-in keeps it and replays it on RESUME.
    const ans = h.slash(alice, { name: 'answer', options: { text: 'He initialization scales weights by sqrt(2/n)' } });
    const resume = await h.discord.waitForFrame((f) => f.op === 6, resumesBefore);
    const cb = await ans.callback;
    expect(h.discord.connections).toEqual(['/gateway', '/resume']);
    expect(resume.d.seq).toBeGreaterThanOrEqual(3);
    expect(cb.body.data.flags).toBe(64);
    expect(textOf(cb.body)).toMatch(/point/);
    // The answer is stored: a second one is refused as already answered.
    const again = h.slash(alice, { name: 'answer', options: { text: 'something else' } });
    expect(textOf((await again.callback).body)).toMatch(/already answered/i);
  });
});

describe('leaving a server', () => {
  it('tells the engine the workspace is gone, which ends its quiz', async () => {
    h = await startHarness();
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    h.discord.dispatch('GUILD_DELETE', { id: h.discord.guildId });
    await h.logged('Removed from a Discord server');
    const ws = h.te.db.prepare('SELECT removed_at FROM workspaces WHERE external_id = ?').get(h.discord.guildId) as { removed_at: number | null };
    expect(ws.removed_at).not.toBeNull();
    const running = h.te.db.prepare('SELECT count(*) AS n FROM sessions WHERE running = 1').get() as { n: number };
    expect(running.n).toBe(0);
  });
});
