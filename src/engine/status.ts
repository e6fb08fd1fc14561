import { msg, type Text } from '../core/text.ts';
import type { ProcessRow, ShardState } from '../store/processRows.ts';
import type { EngineContext } from './context.ts';
import { info } from './messages.ts';
import type { Caller, Reply } from './types.ts';

/** A process whose last tick is older than this is shown as silent (stopped, or stuck). */
export const SILENT_AFTER_MS = 30_000;

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

function shardLine(p: ProcessRow, s: ShardState, now: number): Text {
  const state = now - p.ticked_at > SILENT_AFTER_MS ? msg('status.silent', { seconds: seconds(now - p.ticked_at) }) : msg(`status.state.${s.state}`);
  return msg('status.shard', { id: s.id, count: s.count, state, latency: s.latencyMs ?? '–', guilds: s.guilds, process: p.id });
}

/** `/status` (admins): every process's shards, the database size and the age of the last scheduler tick. */
export function status(ctx: EngineContext, c: Caller): Reply {
  ctx.requireAdmin(c);
  const now = ctx.now();
  const processes = ctx.store.processes.all();
  const shards = processes.flatMap((p) => p.shards.map((s) => ({ p, s }))).sort((a, b) => a.s.platform.localeCompare(b.s.platform) || a.s.id - b.s.id);
  const last = processes[0]?.ticked_at;
  const megabytes = Math.round(ctx.store.processes.databaseBytes() / 104_857.6) / 10;
  return {
    ...info(last === undefined ? msg('status.neverTicked') : msg('status.lastTick', { seconds: seconds(now - last), count: processes.length }), 'info'),
    title: msg('status.title'),
    fields: [
      { name: msg('status.shardsField', { count: shards.length }), value: shards.length ? shards.map(({ p, s }) => shardLine(p, s, now)) : msg('status.noShards') },
      { name: msg('status.databaseField'), value: msg('status.database', { megabytes }) },
    ],
  };
}
