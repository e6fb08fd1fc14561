/**
 * Seasons per workspace: at most one running (`ended_at` null) at a time.
 *
 * - `number` counts the workspace's seasons; `name` is null when the admin gave none.
 * - `ends_at` is when the season ends by itself (null: only `/season end` ends it).
 * - `ended_at` is when it ended; its board counts answers from `started_at` up to then.
 * - `announced_at` is set when a process claims posting the final board, in the
 *   transaction that checks it is unset, before posting: the board is posted once.
 */
export const seasons = `
CREATE TABLE seasons (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  name TEXT,
  started_at INTEGER NOT NULL,
  ends_at INTEGER,
  ended_at INTEGER,
  announced_at INTEGER
);
CREATE UNIQUE INDEX seasons_running ON seasons (workspace_id) WHERE ended_at IS NULL;
CREATE INDEX seasons_due ON seasons (ends_at) WHERE ended_at IS NULL AND ends_at IS NOT NULL;
CREATE INDEX seasons_unannounced ON seasons (ended_at) WHERE ended_at IS NOT NULL AND announced_at IS NULL;
CREATE INDEX answers_answered_at ON answers (answered_at);
`;
