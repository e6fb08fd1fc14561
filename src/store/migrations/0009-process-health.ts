/**
 * Process health: one row per bot process sharing this database, so `/status` and
 * `quizbot status` (which runs in no bot process) can see every process at once.
 *
 * - `id` names the process (host:pid).
 * - `ticked_at` is when its scheduler last finished a tick (ms since epoch).
 * - `shards` is JSON: the gateway shards it runs, with their state, latency and servers,
 *   as of that tick.
 */
export const processHealth = `
CREATE TABLE process_health (
  id TEXT PRIMARY KEY,
  started_at INTEGER NOT NULL,
  ticked_at INTEGER NOT NULL,
  shards TEXT NOT NULL DEFAULT '[]'
);
`;
