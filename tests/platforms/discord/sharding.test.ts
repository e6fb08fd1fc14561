import { afterEach, describe, expect, it } from 'vitest';
import { SHARDING_REQUIRED, startDiscord } from '../../../src/platforms/discord/startDiscord.ts';
import type { DiscordConnection, DiscordShards } from '../../../src/platforms/discord/startDiscord.ts';
import { DiscordStandIn, shardOf } from '../../fakes/discord/DiscordStandIn.ts';
import type { GatewayFrame, StandInOptions } from '../../fakes/discord/DiscordStandIn.ts';
import { slashPayload, snowflake } from '../../fakes/discord/payloads.ts';
import type { GuildShape, TestUser } from '../../fakes/discord/payloads.ts';
import { captureLogs } from '../../helpers/capturedLogs.ts';
import { makeTestEngine } from '../../helpers/testEngine.ts';
import type { TestEngine } from '../../helpers/testEngine.ts';
import { textOf } from './harness.ts';

/** Shortened from Discord's 5 s so a test of four shards takes well under a second per bucket. */
const WINDOW = 150;
const member: TestUser = { id: snowflake(), username: 'mia' };

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function shardedBot(standIn: StandInOptions, shards?: DiscordShards, guildsPerShard = 2) {
  const discord = await DiscordStandIn.start(standIn);
  const te: TestEngine = makeTestEngine();
  const count = standIn.shards ?? 1;
  const guilds: GuildShape[] = [];
  for (let s = 0; s < count; s++) for (let k = 0; k < guildsPerShard; k++) guilds.push(discord.addGuild(s));
  const { logger, lines, logged } = captureLogs('debug');
  cleanup.push(async () => {
    await discord.stop();
    te.cleanup();
  });
  const start = (extra: Partial<Parameters<typeof startDiscord>[0]> = {}) =>
    startDiscord({ token: discord.token, apiUrl: discord.apiUrl, engine: te.engine, logger, identifyWindowMs: WINDOW, ...(shards !== undefined ? { shards } : {}), ...extra });
  return { discord, te, guilds, lines, logged, start };
}

const identifies = (d: DiscordStandIn): GatewayFrame[] => d.frames.items.filter((f) => f.op === 2);

/** Asks /help in a channel of the server and returns the reply's text. */
async function askHelp(discord: DiscordStandIn, g: GuildShape): Promise<string> {
  const p = discord.interact(slashPayload({ guildId: g.id, channelId: g.channels[0]!.id, applicationId: discord.applicationId, user: member }, { name: 'help' }));
  return textOf((await discord.callback(p.id)).body);
}

describe.each([
  { shards: 2, maxConcurrency: 1 },
  { shards: 4, maxConcurrency: 2 },
])('when /gateway/bot recommends $shards shards (max_concurrency $maxConcurrency)', ({ shards, maxConcurrency }) => {
  it('identifies every shard once with its [id, count] pair and the Guilds intent', async () => {
    const t = await shardedBot({ shards, maxConcurrency });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    const ids = identifies(t.discord);
    expect(ids.map((f) => f.d.shard).sort()).toEqual([...Array(shards).keys()].map((i) => [i, shards]));
    for (const f of ids) expect(f.d.intents).toBe(1);
    expect(bot.shardCount).toBe(shards);
    expect(bot.shards().map((s) => [s.id, s.state, s.guilds])).toEqual([...Array(shards).keys()].map((i) => [i, 'ready', 2 + (i === shardOf(t.discord.guildId, shards) ? 1 : 0)]));
  });

  it('identifies no two shards of one bucket (id % max_concurrency) within the identify window', async () => {
    const t = await shardedBot({ shards, maxConcurrency });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    const ids = identifies(t.discord);
    for (let bucket = 0; bucket < maxConcurrency; bucket++) {
      const times = ids.filter((f) => f.d.shard[0] % maxConcurrency === bucket).map((f) => f.at).sort((a, b) => a - b);
      expect(times.length).toBe(shards / maxConcurrency);
      // A little slack for the two frames' trips over loopback.
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(WINDOW - 20);
    }
    // Buckets start together: max_concurrency shards identify at once.
    const firsts = [...Array(maxConcurrency).keys()].map((b) => Math.min(...ids.filter((f) => f.d.shard[0] % maxConcurrency === b).map((f) => f.at)));
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeLessThan(WINDOW);
  });

  it('answers commands from servers on every shard', async () => {
    const t = await shardedBot({ shards, maxConcurrency });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    for (const g of t.guilds) expect(await askHelp(t.discord, g)).toMatch(/quiz/i);
    const perShard = new Set(t.guilds.map((g) => shardOf(g.id, shards)));
    expect(perShard.size).toBe(shards);
  });

  it('hears a server removing the bot on every shard', async () => {
    const t = await shardedBot({ shards, maxConcurrency });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    const lastOnEachShard = [...Array(shards).keys()].map((s) => t.guilds.filter((g) => shardOf(g.id, shards) === s).at(-1)!);
    for (const g of lastOnEachShard) t.te.store.workspace('discord', g.id);
    for (const [i, g] of lastOnEachShard.entries()) {
      t.discord.dispatch('GUILD_DELETE', { id: g.id });
      await t.logged('Removed from a Discord server', i + 1);
    }
    const removed = t.te.db.prepare("SELECT external_id FROM workspaces WHERE removed_at IS NOT NULL AND platform = 'discord'").pluck().all();
    expect(removed.sort()).toEqual(lastOnEachShard.map((g) => g.id).sort());
  });
});

describe('running some shards of a larger count (several processes)', () => {
  it('identifies only the given shard ids, each with the total count', async () => {
    const t = await shardedBot({ shards: 4, maxConcurrency: 4 }, { ids: [1, 3], count: 4 });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    expect(identifies(t.discord).map((f) => f.d.shard).sort()).toEqual([[1, 4], [3, 4]]);
    for (const g of t.guilds.filter((x) => [1, 3].includes(shardOf(x.id, 4)))) expect(await askHelp(t.discord, g)).toMatch(/quiz/i);
  });
});

describe('close code 4011', () => {
  it('on a single connection says in one log line to set DISCORD_SHARDS=auto, and start fails with it', async () => {
    const t = await shardedBot({ shards: 2, shardingRequired: true }, 1);
    const err = await t.start().catch((e: Error) => e);
    expect((err as Error).message).toBe(SHARDING_REQUIRED);
    const line = await t.logged(SHARDING_REQUIRED);
    expect(line.level).toBe(50);
    expect(line.msg).toContain('DISCORD_SHARDS=auto');
    expect(t.lines.filter((l) => l.msg === SHARDING_REQUIRED)).toHaveLength(1);
  });

  it('does not happen with DISCORD_SHARDS=auto', async () => {
    const t = await shardedBot({ shards: 2, shardingRequired: true }, 'auto');
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    expect(bot.shards()).toHaveLength(2);
  });
});

describe('a shard that disconnects', () => {
  it('resumes and answers what arrived while it was away; the other shard is untouched', async () => {
    const t = await shardedBot({ shards: 2, maxConcurrency: 2 });
    const bot: DiscordConnection = await t.start();
    cleanup.push(() => bot.stop());
    const g = t.guilds.find((x) => shardOf(x.id, 2) === 1)!;
    const base = { guildId: g.id, channelId: g.channels[0]!.id, applicationId: t.discord.applicationId, user: member };
    await t.discord.callback(t.discord.interact(slashPayload(base, { name: 'quiz', subcommand: 'start', options: { seconds: 60 } })).id);
    const before = t.discord.frames.items.length;
    t.discord.closeGateway(4000, 1);
    const ans = t.discord.interact(slashPayload(base, { name: 'answer', options: { text: 'He initialization scales weights by sqrt(2/n)' } }));
    const resume = await t.discord.waitForFrame((f) => f.op === 6, before);
    expect(resume.shard).toBe(1);
    expect(textOf((await t.discord.callback(ans.id)).body)).toMatch(/point/);
    const again = t.discord.interact(slashPayload(base, { name: 'answer', options: { text: 'something else' } }));
    expect(textOf((await t.discord.callback(again.id)).body)).toMatch(/already answered/i);
    expect(t.discord.frames.items.slice(before).filter((f) => f.op === 2 || f.op === 6).map((f) => f.shard)).toEqual([1]);
  });

  it('identifies again when its session cannot be resumed', async () => {
    const t = await shardedBot({ shards: 2, maxConcurrency: 2 });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    const before = t.discord.frames.items.length;
    t.discord.dropSession(0);
    t.discord.closeGateway(4000, 0);
    const again = await t.discord.waitForFrame((f) => f.op === 2, before);
    expect(again.d.shard).toEqual([0, 2]);
    expect(await askHelp(t.discord, t.guilds.find((x) => shardOf(x.id, 2) === 0)!)).toMatch(/quiz/i);
  });
});

describe('/status', () => {
  it('shows an admin every shard of the process, ready, with its servers; a member is refused', async () => {
    const t = await shardedBot({ shards: 2, maxConcurrency: 2 });
    const bot = await t.start();
    cleanup.push(() => bot.stop());
    t.te.health.register(bot.shards);
    await t.te.engine.tick();
    const g = t.guilds[0]!;
    const base = { guildId: g.id, channelId: g.channels[0]!.id, applicationId: t.discord.applicationId };
    const asAdmin = t.discord.interact(slashPayload({ ...base, user: { ...member, admin: true } }, { name: 'status' }));
    const text = textOf((await t.discord.callback(asAdmin.id)).body);
    expect(text).toMatch(/^quizbot status\nThe scheduler last ticked \d+ s ago \(1 process\)\./);
    const mainShard = shardOf(t.discord.guildId, 2);
    for (const id of [0, 1]) expect(text).toMatch(new RegExp(`Shard ${id} of 2: ready, (\\d+|–) ms, ${2 + (id === mainShard ? 1 : 0)} servers`));
    expect(text).toMatch(/Database: \d+(\.\d)? MB/);
    const asMember = t.discord.interact(slashPayload({ ...base, user: member }, { name: 'status' }));
    const refused = (await t.discord.callback(asMember.id)).body;
    expect(refused.data.flags).toBe(64);
    expect(textOf(refused)).toMatch(/admin/i);
  });
});

describe('outgrowing the shard count while running', () => {
  it('logs the 4011 line and tells the process to stop when a shard is refused on reconnecting', async () => {
    const standIn: StandInOptions = { shards: 1 };
    const t = await shardedBot(standIn, 'auto', 1);
    let lost: string | undefined;
    const bot = await t.start({ onLost: (r) => (lost = r) });
    cleanup.push(() => bot.stop());
    // The bot grew: Discord now wants two shards and refuses the old single connection.
    standIn.shards = 2;
    standIn.shardingRequired = true;
    t.discord.dropSession(0);
    t.discord.closeGateway(4000, 0);
    const line = await t.logged(SHARDING_REQUIRED);
    expect(line.level).toBe(50);
    expect(lost).toBe(SHARDING_REQUIRED);
    expect(bot.shards()[0]!.state).toBe('disconnected');
  });
});
