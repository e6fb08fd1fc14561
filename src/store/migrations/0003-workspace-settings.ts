/**
 * Each server's or workspace's own settings, one row per workspace that has
 * set any. NULL follows the bot's configuration. A later setting is one more
 * nullable column (ALTER TABLE ... ADD COLUMN) and one entry in
 * `src/store/settingsRows.ts`.
 */
export const workspaceSettings = `
CREATE TABLE workspace_settings (
  workspace_id INTEGER PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  language TEXT,
  quiz_questions INTEGER,
  quiz_seconds INTEGER,
  reveal_in_thread INTEGER CHECK (reveal_in_thread IN (0, 1))
);
`;
