import { readList, toJson } from './jsonColumns.ts';
import type { Statements } from './statements.ts';

/** One gateway connection of a process, as its last tick saw it. */
export interface ShardState {
  platform: string;
  id: number;
  count: number;
  state: 'ready' | 'connecting' | 'resuming' | 'disconnected';
  /** The last heartbeat round trip, or null before the first. */
  latencyMs: number | null;
  guilds: number;
}

export interface ProcessRow {
  id: string;
  started_at: number;
  ticked_at: number;
  shards: ShardState[];
}

/** A process not heard from for this long is forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;
/** How often rows past FORGET_AFTER_MS are cleared. */
const CLEAR_EVERY_MS = 60_000;

/** The bot processes sharing this database and their last tick (`/status`, `quizbot status`). */
export class ProcessRows {
  constructor(private readonly sql: Statements) {}

  /** The shard set last checked for replaced processes, and when stale rows were last cleared: both rarely change. */
  private sweptFor?: string;
  private clearedAt = 0;

  /** Records a finished tick of process `id` and what its shards looked like (call in a transaction: it runs every tick). */
  beat(id: string, startedAt: number, now: number, shards: readonly ShardState[]): void {
    this.sql
      .get(
        `INSERT INTO process_health (id, started_at, ticked_at, shards) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, ticked_at = excluded.ticked_at, shards = excluded.shards`,
      )
      .run(id, startedAt, now, toJson(shards));
    if (now - this.clearedAt >= CLEAR_EVERY_MS) {
      this.sql.get('DELETE FROM process_health WHERE ticked_at < ?').run(now - FORGET_AFTER_MS);
      this.clearedAt = now;
    }
    // A process started before this one that held any of its shards was replaced (a restart); checked when the shards change.
    const mine = new Set(shards.map((s) => `${s.platform}:${s.id}`));
    const key = `${id}\u0000${[...mine].sort().join(',')}`;
    if (!mine.size || key === this.sweptFor) return;
    this.sweptFor = key;
    const forget = this.sql.get('DELETE FROM process_health WHERE id = ?');
    for (const r of this.all()) if (r.id !== id && r.started_at < startedAt && r.shards.some((s) => mine.has(`${s.platform}:${s.id}`))) forget.run(r.id);
  }

  /** Processes heard from in the last day, the most recent tick first. */
  all(): ProcessRow[] {
    const rows = this.sql.get('SELECT * FROM process_health ORDER BY ticked_at DESC').all() as (Omit<ProcessRow, 'shards'> & { shards: string })[];
    return rows.map((r) => ({ ...r, shards: readList<ShardState>(r.shards) }));
  }

  /**
   * Takes bucket `bucket`'s identify slot for `windowMs` if it is free at `now`; otherwise how
   * long until it is (ms). Call in an IMMEDIATE transaction, so two processes never both take it.
   */
  claimIdentifySlot(bucket: number, now: number, windowMs: number): number {
    const next = this.sql.get('SELECT next_at FROM identify_slots WHERE bucket = ?').pluck().get(bucket) as number | undefined;
    if (next !== undefined && next > now) return next - now;
    this.sql.get('INSERT INTO identify_slots (bucket, next_at) VALUES (?, ?) ON CONFLICT (bucket) DO UPDATE SET next_at = excluded.next_at').run(bucket, now + windowMs);
    return 0;
  }

  /** The database's size in bytes (pages in use and free). */
  databaseBytes(): number {
    const pages = this.sql.get('PRAGMA page_count').pluck().get() as number;
    const size = this.sql.get('PRAGMA page_size').pluck().get() as number;
    return pages * size;
  }
}
