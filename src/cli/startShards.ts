import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import type pino from 'pino';
import type { Config } from '../config.ts';
import { describeDiscordFailure } from '../platforms/discord/registerCommands.ts';

const entry = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));
/** Discord's identify window: shards of one bucket start at least this far apart. */
const IDENTIFY_WINDOW_MS = 5_500;

/**
 * `quizbot start --shards auto|N`: one child process per shard (`quizbot start` with the
 * sharding manager's SHARDS and SHARD_COUNT), all on the same database. A child that dies is
 * started again by the manager; SIGINT/SIGTERM stop them all.
 */
export async function startShards(c: Config, shards: string, logger: pino.Logger): Promise<number> {
  if (!c.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set; --shards starts one Discord process per shard.');
  if (shards !== 'auto' && !/^[1-9]\d*$/.test(shards)) throw new Error(`--shards must be auto or a shard count, e.g. 4 (got "${shards}")`);
  const rest = new REST(c.DISCORD_API_URL ? { api: c.DISCORD_API_URL } : {}).setToken(c.DISCORD_TOKEN);
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (e) {
    throw new Error(describeDiscordFailure(e, c.DISCORD_API_URL));
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  const total = shards === 'auto' ? gateway.shards : Number(shards);
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const manager = new ShardingManager(entry, { totalShards: total, token: c.DISCORD_TOKEN, shardArgs: ['start'], mode: 'process', respawn: true });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: total }, 'Started a shard process');
    shard.on('death', () => {
      if (!stopping) logger.warn({ shard: shard.id }, 'A shard process ended; starting it again');
    });
  });
  const stop = () => {
    stopping = true;
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Processes of one identify bucket (id % max_concurrency) start a window apart.
  await manager.spawn({ amount: total, delay: Math.ceil(IDENTIFY_WINDOW_MS / concurrency), timeout: 120_000 });
  logger.info({ shards: total, processes: manager.shards.size }, 'Every shard process is ready');
  // The children keep running; this process stays to restart them.
  await new Promise<never>(() => undefined);
  return 0;
}
