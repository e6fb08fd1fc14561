import type { Db } from '../src/store/openDb.ts';

export const LB_USERS = 100_000;
export const LB_ANSWERS = 2_000_000;
const DAYS = 120;
const DAY = 86_400_000;
const DECKS = ['deep-learning-training', 'general-science'];
const ROUNDS_PER_DAY_DECK = 12;

/** A small deterministic PRNG (mulberry32) so every run loads the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes one workspace with `users` members and `answers` answers spread over the
 * 120 days up to `endMs`, as study sessions of a few questions a day. Only rows
 * the engine itself writes (workspace, users, rounds, answers); score
 * aggregates are left to the store to derive. Returns the workspace id.
 */
export function loadAnswers(db: Db, endMs: number, users = LB_USERS, answers = LB_ANSWERS): number {
  const rnd = prng(7);
  const firstDay = Math.floor(endMs / DAY) - (DAYS - 1);
  const ws = Number(db.prepare("INSERT INTO workspaces (platform, external_id) VALUES ('discord', 'bench-guild')").run().lastInsertRowid);
  const insUser = db.prepare('INSERT INTO users (id, workspace_id, external_id, name) VALUES (?, ?, ?, ?)');
  const insRound = db.prepare(
    "INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, closed_at, state) VALUES (?, ?, ?, 'quiz', ?, 1, ?, ?, ?, 'closed')",
  );
  const insAnswer = db.prepare(
    "INSERT OR IGNORE INTO answers (round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at) VALUES (?, ?, 'an answer', ?, 'partial', '[]', '[]', 'ok', ?, ?)",
  );
  db.transaction(() => {
    for (let u = 1; u <= users; u++) insUser.run(u, ws, `member-${u}`, `Member ${u}`);
    for (let d = 0; d < DAYS; d++)
      for (let k = 0; k < DECKS.length; k++)
        for (let r = 0; r < ROUNDS_PER_DAY_DECK; r++) {
          const id = (d * DECKS.length + k) * ROUNDS_PER_DAY_DECK + r + 1;
          const opened = (firstDay + d) * DAY + r * 3_600_000;
          insRound.run(id, ws, `chan-${k}`, DECKS[k]!, opened, opened + 60_000, opened + 60_000);
        }
  })();
  let stored = 0;
  const batch = db.transaction(() => {
    for (let i = 0; i < 50_000; i++) {
      // Some members play far more than others: the square skews towards low ids.
      const u = 1 + Math.floor(rnd() * rnd() * users);
      const d = Math.min(DAYS - 1, Math.floor(Math.sqrt(rnd()) * DAYS));
      const k = Math.floor(rnd() * DECKS.length);
      const first = Math.floor(rnd() * (ROUNDS_PER_DAY_DECK - 5));
      for (let r = first; r < first + 5 && stored < answers; r++) {
        const id = (d * DECKS.length + k) * ROUNDS_PER_DAY_DECK + r + 1;
        const score = Math.floor(rnd() * 11) / 10;
        const at = (firstDay + d) * DAY + r * 3_600_000 + 30_000;
        stored += insAnswer.run(id, u, score, Math.round(score * 10), at).changes;
      }
    }
  });
  while (stored < answers) batch();
  return ws;
}
