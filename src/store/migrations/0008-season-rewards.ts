/**
 * Season rewards (a role for the season's top members, Discord) and a final board
 * that is retried rather than lost.
 *
 * - `workspace_settings.reward_role_id` / `reward_top`: the role and how many of the
 *   season's top members get it; null: no reward.
 * - `reward_holders`: who holds the reward role because quizbot gave it, so the next
 *   season's end (in any process, after any restart) takes it from them.
 * - `seasons.rewarded_at`: claimed, in the transaction that checks it is unset, by the
 *   one process that moves the role; `reward_outcome` (JSON) is what came of it, shown
 *   in the final board however often that is posted.
 * - `seasons.announce_attempts` / `announce_after` / `announce_error`: a final board
 *   whose post failed is released for a retry after a back-off, up to a limit; the last
 *   failure is kept for the admin (`/daily status`).
 */
export const seasonRewards = `
ALTER TABLE workspace_settings ADD COLUMN reward_role_id TEXT;
ALTER TABLE workspace_settings ADD COLUMN reward_top INTEGER;
CREATE TABLE reward_holders (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role_id TEXT NOT NULL,
  season_id INTEGER NOT NULL REFERENCES seasons(id) ON DELETE CASCADE,
  PRIMARY KEY (workspace_id, user_id, role_id)
);
ALTER TABLE seasons ADD COLUMN rewarded_at INTEGER;
ALTER TABLE seasons ADD COLUMN reward_outcome TEXT;
ALTER TABLE seasons ADD COLUMN announce_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE seasons ADD COLUMN announce_after INTEGER;
ALTER TABLE seasons ADD COLUMN announce_error TEXT;
`;
