/** Workspaces, members, decks, rounds (posted questions), answers and aggregated scores. */
export const initial = `
CREATE TABLE workspaces (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  external_id TEXT NOT NULL,
  active_deck TEXT,
  removed_at INTEGER,
  UNIQUE (platform, external_id)
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  external_id TEXT NOT NULL,
  name TEXT NOT NULL,
  points INTEGER NOT NULL DEFAULT 0,
  answers INTEGER NOT NULL DEFAULT 0,
  score_sum REAL NOT NULL DEFAULT 0,
  full_marks INTEGER NOT NULL DEFAULT 0,
  streak INTEGER NOT NULL DEFAULT 0,
  best_streak INTEGER NOT NULL DEFAULT 0,
  streak_schedule_id INTEGER,
  streak_seq INTEGER,
  UNIQUE (workspace_id, external_id)
);

CREATE TABLE decks (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  UNIQUE (workspace_id, name)
);

CREATE TABLE schedules (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL,
  time TEXT NOT NULL,
  timezone TEXT NOT NULL,
  deck TEXT NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,
  question_order TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  cycle INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  last_posted_at INTEGER,
  retry_at INTEGER,
  UNIQUE (workspace_id, channel_id)
);
CREATE INDEX schedules_due ON schedules (next_at) WHERE paused = 0;

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL,
  deck TEXT NOT NULL,
  started_by INTEGER NOT NULL REFERENCES users(id),
  question_order TEXT NOT NULL,
  seconds INTEGER NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  running INTEGER NOT NULL DEFAULT 1,
  started_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX sessions_one_running ON sessions (workspace_id, channel_id) WHERE running = 1;

CREATE TABLE rounds (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('daily', 'quiz', 'practice')),
  deck TEXT NOT NULL,
  question INTEGER NOT NULL,
  opened_at INTEGER NOT NULL,
  closes_at INTEGER,
  closed_at INTEGER,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('claimed', 'open', 'closed', 'failed')),
  message_id TEXT,
  schedule_id INTEGER REFERENCES schedules(id) ON DELETE SET NULL,
  local_date TEXT,
  seq INTEGER,
  session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
  owner_id INTEGER REFERENCES users(id),
  attempts INTEGER NOT NULL DEFAULT 0,
  retry_at INTEGER,
  reveal_pending INTEGER NOT NULL DEFAULT 0,
  UNIQUE (schedule_id, local_date)
);
-- Answers look up the channel's open round: only open rounds are indexed, so the
-- index stays small however many rounds were played.
CREATE INDEX rounds_open_in_channel ON rounds (workspace_id, channel_id) WHERE state = 'open';
CREATE INDEX rounds_practice ON rounds (owner_id, deck) WHERE kind = 'practice';
CREATE INDEX rounds_of_session ON rounds (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX rounds_due ON rounds (closes_at) WHERE state = 'open';
CREATE INDEX rounds_claimed ON rounds (opened_at) WHERE state = 'claimed';
CREATE INDEX rounds_reveal_pending ON rounds (closed_at) WHERE reveal_pending = 1;

CREATE TABLE answers (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  score REAL NOT NULL,
  verdict TEXT NOT NULL,
  matched TEXT NOT NULL,
  missed TEXT NOT NULL,
  feedback TEXT NOT NULL,
  points INTEGER NOT NULL,
  answered_at INTEGER NOT NULL,
  UNIQUE (round_id, user_id)
);

-- Running totals per user, period and deck, so a leaderboard reads the top of an
-- index and a rank counts index entries, never summing answers. period is 'all',
-- 'd:YYYY-MM-DD', 'w:YYYY-MM-DD' (the UTC Monday) or 'm:YYYY-MM'; deck '*' is every deck.
-- The key starts with the user, so one answer's rows share a page. Derived data:
-- ScoreBoards.rebuild() recomputes it from answers, hence no foreign keys to check.
CREATE TABLE score_periods (
  user_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  deck TEXT NOT NULL,
  workspace_id INTEGER NOT NULL,
  points INTEGER NOT NULL,
  answers INTEGER NOT NULL,
  PRIMARY KEY (user_id, period, deck)
) WITHOUT ROWID;
CREATE INDEX score_periods_rank ON score_periods (workspace_id, period, deck, points DESC, user_id);

-- How many members of a board hold each points value: a rank is one plus the members
-- above, summed over a few hundred distinct values instead of counting every member.
CREATE TABLE score_hist (
  workspace_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  deck TEXT NOT NULL,
  points INTEGER NOT NULL,
  members INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, period, deck, points)
) WITHOUT ROWID;

-- The last answer id added into score_periods. Answers are folded in batches, off the
-- answer path; a board folds what is pending before it reads, so it is never stale.
CREATE TABLE score_fold (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  through INTEGER NOT NULL
);
INSERT INTO score_fold (id, through) VALUES (1, 0);
`;
