import { Client, Events, GatewayCloseCodes, GatewayIntentBits, RESTEvents, Status } from 'discord.js';
import type { Logger } from 'pino';
import type { QuizEngine } from '../../engine/api.ts';
import type { ShardState } from '../../engine/processHealth.ts';
import type { Poster } from '../../engine/types.ts';
import { commands } from './commands/index.ts';
import { BucketIdentifyThrottler, IDENTIFY_WINDOW_MS, type SharedIdentifySlot } from './identifyThrottler.ts';
import { createInteractionHandler } from './interactions.ts';
import { DiscordPoster } from './poster.ts';
import { describeDiscordFailure, putCommands } from './registerCommands.ts';

export interface StartDiscordOptions {
  token: string;
  /** REST base, e.g. a local stand-in; discord.js appends `/v10`. The gateway URL comes from its `/gateway/bot`. */
  apiUrl?: string;
  engine: QuizEngine;
  logger: Logger;
  /** Register (overwrite) the slash commands once connected. */
  registerCommandsOnStart?: boolean;
  /** With `registerCommandsOnStart`, register in this server only (instant) instead of globally. */
  guildId?: string;
  /** Which shards this process runs: `auto` (Discord's recommendation, the default), a count, or some ids of a total. */
  shards?: DiscordShards;
  /** How long each identify bucket waits between two IDENTIFYs (Discord's 5 s unless a test shortens it). */
  identifyWindowMs?: number;
  /** Identify slots shared with the other bot processes on the same database, so processes started together still take turns. */
  identifySlot?: SharedIdentifySlot;
  /**
   * A shard lost its connection for good after the start (Discord refused it: 4011 when the bot
   * outgrew its shard count, a revoked token, …). The process should stop so that a restart
   * connects afresh, with Discord's new recommendation under DISCORD_SHARDS=auto.
   */
  onLost?(reason: string): void;
}

export type DiscordShards = 'auto' | number | { ids: number[]; count: number };

export interface DiscordConnection {
  poster: Poster;
  /** The shards this process runs, of `shardCount`, as `/status` shows them. */
  shards(): ShardState[];
  shardCount: number;
  stop(): Promise<void>;
}

/** What to do about close code 4011, for the log and the start-up error. */
export const SHARDING_REQUIRED =
  'Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for one connection. Set DISCORD_SHARDS=auto (or a larger shard count) and start again.';

const stateOf = (s: Status): ShardState['state'] =>
  s === Status.Ready ? 'ready' : s === Status.Resuming || s === Status.Reconnecting ? 'resuming' : s === Status.Disconnected ? 'disconnected' : 'connecting';

function shardOptions(shards: DiscordShards = 'auto'): { shards: 'auto' | number[]; shardCount?: number } {
  if (shards === 'auto') return { shards: 'auto' };
  if (typeof shards === 'number') return { shards: [...Array(shards).keys()], shardCount: shards };
  return { shards: shards.ids, shardCount: shards.count };
}

/** Connects the bot's shards (Guilds intent only) and resolves once every one is ready; rejects with a one-line reason. */
export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordConnection> {
  const { engine, logger } = opts;
  let stopping = false;
  const token = opts.token.trim();
  if (!token) throw new Error('DISCORD_TOKEN is not set; put the bot token from the Developer Portal in it.');

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: opts.apiUrl ? { api: opts.apiUrl } : {},
    ...shardOptions(opts.shards),
    ws: {
      // Shards start as fast as max_concurrency allows, never faster.
      buildIdentifyThrottler: async (manager) => {
        const info = await manager.fetchGatewayInformation();
        return new BucketIdentifyThrottler(info.session_start_limit.max_concurrency, opts.identifyWindowMs ?? IDENTIFY_WINDOW_MS, undefined, opts.identifySlot);
      },
    },
  });
  const onInteraction = createInteractionHandler({ engine, logger, commands });
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.GuildDelete, (guild) => {
    try {
      engine.workspaceRemoved({ platform: 'discord', workspaceId: guild.id });
      logger.info({ guildId: guild.id }, 'Removed from a Discord server');
    } catch (err) {
      logger.error({ err, guildId: guild.id }, 'Could not forget a Discord server');
    }
  });
  let shardingRequired = false;
  let said4011 = false;
  client.on(Events.ShardError, (err, shard) => {
    if (/sharding is required/i.test(err.message)) shardingRequired = true;
    else logger.warn({ err, shard }, 'Discord gateway error');
  });
  let started = false;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return;
    const lost = 'A Discord shard disconnected and will not reconnect';
    const reason = event.code === GatewayCloseCodes.ShardingRequired ? SHARDING_REQUIRED : `${lost} (close code ${event.code})`;
    if (event.code === GatewayCloseCodes.ShardingRequired) shardingRequired = said4011 = true;
    logger.error({ shard, code: event.code }, event.code === GatewayCloseCodes.ShardingRequired ? SHARDING_REQUIRED : lost);
    // Before the start, login's failure says it; after, the process is offline on that shard.
    if (started) opts.onLost?.(reason);
  });
  client.on(Events.ShardReady, (shard) => logger.info({ shard, of: client.options.shardCount, guilds: client.guilds.cache.filter((g) => g.shardId === shard).size }, 'Discord shard ready'));
  // discord.js waits out rate limits itself; the log says when and for how long.
  client.rest.on(RESTEvents.RateLimited, (limit) =>
    logger.debug({ route: limit.route, method: limit.method, global: limit.global, waitMs: limit.timeToReset }, 'Waiting out a Discord rate limit'),
  );
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info({ shard }, 'Reconnecting to the Discord gateway');
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'Resumed the Discord gateway session'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards, of: client.options.shardCount }, 'Connected to Discord');
    if (opts.registerCommandsOnStart) {
      const r = await putCommands(client.rest, client.application!.id, opts.guildId);
      logger.info(r, 'Registered Discord slash commands');
    }
  } catch (error) {
    stopping = true;
    await client.destroy().catch(() => undefined);
    if (shardingRequired || /sharding is required/i.test((error as Error)?.message ?? '')) {
      // The disconnect event may not have come yet: say it once, here.
      if (!said4011) logger.error({ code: GatewayCloseCodes.ShardingRequired }, SHARDING_REQUIRED);
      throw new Error(SHARDING_REQUIRED);
    }
    throw new Error(describeDiscordFailure(error, opts.apiUrl));
  }

  started = true;
  return {
    shardCount: client.options.shardCount ?? 1,
    shards: () =>
      [...client.ws.shards.values()].map((sh) => ({
        platform: 'discord',
        id: sh.id,
        count: client.options.shardCount ?? 1,
        state: stateOf(sh.status),
        latencyMs: sh.ping >= 0 ? sh.ping : null,
        guilds: client.guilds.cache.filter((g) => g.shardId === sh.id).size,
      })),
    poster: new DiscordPoster(client.rest),
    stop: () => {
      stopping = true;
      return client.destroy();
    },
  };
}
