import { existsSync, statSync } from 'node:fs';
import { ProcessRows } from '../store/processRows.ts';
import { openDb, schemaVersion } from '../store/openDb.ts';
import { Statements } from '../store/statements.ts';
import { SILENT_AFTER_MS } from '../engine/status.ts';

/** The first schema with process_health (migration 9). */
const HEALTH_SCHEMA = 9;

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const ago = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s ago`;
const fileSize = (f: string) => (existsSync(f) ? statSync(f).size : 0);

/**
 * `quizbot status`: what /status shows, read from the database file by any shell on the host.
 * Exit 0 when some process ticked within the last 30 s, 1 when none did (for health checks).
 */
export function runStatus(dbPath: string, now: number, out: (line: string) => void): number {
  const db = openDb(dbPath, { readonly: true });
  try {
    const rows = schemaVersion(db) >= HEALTH_SCHEMA ? new ProcessRows(new Statements(db)).all() : [];
    out(`Database: ${dbPath}, ${mb(fileSize(dbPath))} (write-ahead log ${mb(fileSize(`${dbPath}-wal`))})`);
    const last = rows[0]?.ticked_at;
    out(last === undefined ? 'Scheduler: no tick recorded yet' : `Scheduler: last tick ${ago(now - last)} (${rows.length} ${rows.length === 1 ? 'process' : 'processes'})`);
    const shards = rows.flatMap((p) => p.shards.map((s) => ({ p, s }))).sort((a, b) => a.s.platform.localeCompare(b.s.platform) || a.s.id - b.s.id);
    out(shards.length ? `Shards (${shards.length}):` : 'Shards: none running');
    for (const { p, s } of shards) {
      const silent = now - p.ticked_at > SILENT_AFTER_MS;
      const state = silent ? `silent for ${Math.round((now - p.ticked_at) / 1000)} s` : s.state;
      out(`  ${s.platform} ${s.id}/${s.count}  ${state.padEnd(12)} ${s.latencyMs === null ? '–' : s.latencyMs} ms  ${s.guilds} servers  ${p.id}`);
    }
    return last !== undefined && now - last <= SILENT_AFTER_MS ? 0 : 1;
  } finally {
    db.close();
  }
}
