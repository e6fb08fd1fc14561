/**
 * Teacher in the loop: appeals, provisional grades, reviewers' decisions.
 *
 * - `answers.provisional`: 1 while a grade given with low confidence waits for a
 *   reviewer (the queue takes it by itself); a decision sets it back to 0.
 * - `appeals`: at most one per answer, with the member's reason.
 * - `decisions`: the audit log of every decision (who, when, which answer, the grade
 *   before and after, the note, and why the answer was reviewed). An appealed or
 *   provisional answer is decided once (`decisions_once`); overrides may follow.
 *   Deck and question are kept on the row, so the grader finds a question's
 *   decisions through one index.
 * - `users.locale`: the member's language as their platform last reported it, so
 *   a decision reaches them in it.
 * - `workspace_settings.reviewer_role_id`: the role (Discord) whose members review.
 */
export const reviews = `
ALTER TABLE answers ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1));
CREATE INDEX answers_provisional ON answers (round_id) WHERE provisional = 1;
ALTER TABLE users ADD COLUMN locale TEXT;
ALTER TABLE workspace_settings ADD COLUMN reviewer_role_id TEXT;

CREATE TABLE appeals (
  answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'decided'))
);
CREATE INDEX appeals_pending ON appeals (created_at) WHERE status = 'pending';

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
  deck TEXT NOT NULL,
  question INTEGER NOT NULL,
  reviewer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  decided_at INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('appeal', 'provisional', 'override')),
  old_score REAL NOT NULL,
  old_verdict TEXT NOT NULL,
  old_points INTEGER NOT NULL,
  new_score REAL NOT NULL,
  new_verdict TEXT NOT NULL CHECK (new_verdict IN ('correct', 'partial', 'incorrect')),
  new_points INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX decisions_once ON decisions (answer_id) WHERE source <> 'override';
CREATE INDEX decisions_of_answer ON decisions (answer_id, id);
CREATE INDEX decisions_of_question ON decisions (workspace_id, deck, question);
CREATE INDEX decisions_log ON decisions (workspace_id, id);
`;
