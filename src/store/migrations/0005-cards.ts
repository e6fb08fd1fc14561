/**
 * Spaced repetition: one card per member and question, with its FSRS memory state.
 *
 * - `cards`: a card exists once the member has answered the question (practice, daily
 *   or quiz); its FSRS state is kept as columns and `due` is when it should come back
 *   (ms since epoch). The member (a users row) belongs to one workspace.
 * - `card_reviews`: every review with its rating (1 again … 4 easy), for retention.
 */
export const cards = `
CREATE TABLE cards (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  deck TEXT NOT NULL,
  question INTEGER NOT NULL,
  due INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days REAL NOT NULL,
  scheduled_days REAL NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
  last_review INTEGER,
  UNIQUE (user_id, deck, question)
);
CREATE INDEX cards_due ON cards (user_id, deck, due);

CREATE TABLE card_reviews (
  id INTEGER PRIMARY KEY,
  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  reviewed_at INTEGER NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4)
);
CREATE INDEX card_reviews_of_card ON card_reviews (card_id, reviewed_at);
`;
