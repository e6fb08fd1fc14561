import { type CardMemory, type CardPhase, type RecallRating, ratingOf, reviewCard } from '../core/cards/spacedRepetition.ts';
import type { Verdict } from '../core/grading/grader.ts';
import type { Db } from './openDb.ts';
import type { Statements } from './statements.ts';
import { watermarkFold } from './watermarkFold.ts';

/** A member's card for one question of a deck. */
export interface StoredCard {
  id: number;
  workspaceId: number;
  userId: number;
  deck: string;
  question: number;
  memory: CardMemory;
}

/** One deck's figures for a member (`/practice stats`). */
export interface DeckCardStats {
  deck: string;
  /** Cards reviewed at least once. */
  learned: number;
  dueNow: number;
  /** Reviews in the window, and how many of them were not rated again. */
  reviews: number;
  recalled: number;
}

interface CardRow {
  id: number;
  workspace_id: number;
  user_id: number;
  deck: string;
  question: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardPhase;
  last_review: number | null;
}

const RATING_NUMBERS: Record<RecallRating, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const RATINGS: readonly RecallRating[] = ['again', 'hard', 'good', 'easy'];

const readCard = (r: CardRow): StoredCard => ({
  id: r.id,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  deck: r.deck,
  question: r.question,
  memory: {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    phase: r.state,
    lastReview: r.last_review,
  },
});

/** A stored answer as a review of its member's card. */
interface AnswerReview {
  workspace_id: number;
  user_id: number;
  deck: string;
  question: number;
  verdict: Verdict;
  score: number;
  confidence: number | null;
  answered_at: number;
}

/**
 * Spaced-repetition cards and their reviews. Every graded answer (practice, daily or
 * quiz) reviews its member's card, but not in the answer's own transaction: answers
 * stored since the last fold are reviewed in order, in one transaction, before any
 * card is read. That keeps each answer's commit to the answer and its score, and a
 * card still sees its reviews in the order they were answered.
 */
export class CardRows {
  constructor(
    private readonly db: Db,
    private readonly sql: Statements,
  ) {}

  /** Reviews the cards of the answers stored since the last fold; returns how many answer ids it covered. */
  fold(): number {
    this.foldTx ??= this.makeFold();
    return this.foldTx();
  }

  private foldTx?: () => number;

  private makeFold(): () => number {
    return watermarkFold(this.db, this.sql, 'card_fold', (from, to) => {
      const answers = this.sql
        .get(
          `SELECT r.workspace_id, a.user_id, r.deck, r.question, a.verdict, a.score, a.confidence, a.answered_at
             FROM answers a JOIN rounds r ON r.id = a.round_id WHERE a.id > ? AND a.id <= ? ORDER BY a.id`,
        )
        .all(from, to) as AnswerReview[];
      for (const a of answers) {
        const rating = ratingOf({ verdict: a.verdict, score: a.score, confidence: a.confidence ?? 0 });
        const key = { workspaceId: a.workspace_id, userId: a.user_id, deck: a.deck, question: a.question };
        this.saveReview(key, reviewCard(this.read(a.user_id, a.deck, a.question)?.memory, rating, a.answered_at), rating, a.answered_at);
      }
    });
  }

  card(userId: number, deck: string, question: number): StoredCard | undefined {
    this.fold();
    return this.read(userId, deck, question);
  }

  private read(userId: number, deck: string, question: number): StoredCard | undefined {
    const r = this.sql.get('SELECT * FROM cards WHERE user_id = ? AND deck = ? AND question = ?').get(userId, deck, question) as CardRow | undefined;
    return r && readCard(r);
  }

  /** Stores a card's new memory state and the review that led to it. */
  private saveReview(c: { workspaceId: number; userId: number; deck: string; question: number }, m: CardMemory, rating: RecallRating, at: number): void {
    const { id } = this.sql
      .get(
        `INSERT INTO cards (workspace_id, user_id, deck, question, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
         VALUES (@workspaceId, @userId, @deck, @question, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @phase, @lastReview)
         ON CONFLICT (user_id, deck, question) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
           elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
           reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review
         RETURNING id`,
      )
      .get({ ...c, ...m }) as { id: number };
    this.sql.get('INSERT INTO card_reviews (card_id, reviewed_at, rating) VALUES (?, ?, ?)').run(id, at, RATING_NUMBERS[rating]);
  }

  /** The review an answer at `at` made of the member's card (the latest at that time), with every review of that card in order. */
  reviewOfAnswer(userId: number, deck: string, question: number, at: number): { cardId: number; reviewId: number; rating: RecallRating; all: { id: number; at: number; rating: RecallRating }[] } | undefined {
    this.fold();
    const card = this.sql.get('SELECT id FROM cards WHERE user_id = ? AND deck = ? AND question = ?').get(userId, deck, question) as { id: number } | undefined;
    if (!card) return undefined;
    const rows = this.sql.get('SELECT id, reviewed_at, rating FROM card_reviews WHERE card_id = ? ORDER BY reviewed_at, id').all(card.id) as { id: number; reviewed_at: number; rating: number }[];
    const all = rows.map((r) => ({ id: r.id, at: r.reviewed_at, rating: RATINGS[r.rating - 1]! }));
    const mine = all.filter((r) => r.at === at).at(-1);
    return mine && { cardId: card.id, reviewId: mine.id, rating: mine.rating, all };
  }

  /** Changes one review's rating and stores the card's memory replayed from its reviews. */
  rerate(cardId: number, reviewId: number, rating: RecallRating, m: CardMemory): void {
    this.sql.get('UPDATE card_reviews SET rating = ? WHERE id = ?').run(RATING_NUMBERS[rating], reviewId);
    this.sql
      .get(
        `UPDATE cards SET due = @due, stability = @stability, difficulty = @difficulty, elapsed_days = @elapsedDays, scheduled_days = @scheduledDays,
           learning_steps = @learningSteps, reps = @reps, lapses = @lapses, state = @phase, last_review = @lastReview WHERE id = @cardId`,
      )
      .run({ ...m, cardId });
  }

  /** A member's cards of a deck, the earliest due first. */
  byDue(userId: number, deck: string): StoredCard[] {
    this.fold();
    return (this.sql.get('SELECT * FROM cards WHERE user_id = ? AND deck = ? ORDER BY due, question').all(userId, deck) as CardRow[]).map(readCard);
  }

  /** How many of the member's cards, in every deck, are due at `now`. */
  dueCount(userId: number, now: number): number {
    this.fold();
    return (this.sql.get('SELECT COUNT(*) AS n FROM cards WHERE user_id = ? AND due <= ?').get(userId, now) as { n: number }).n;
  }

  /** Per deck the member has cards in: learned, due at `now`, and reviews since `since`. */
  stats(userId: number, now: number, since: number): DeckCardStats[] {
    this.fold();
    return this.sql
      .get(
        `SELECT c.deck,
                SUM(c.reps > 0) AS learned,
                SUM(c.due <= @now) AS dueNow,
                COALESCE(SUM((SELECT COUNT(*) FROM card_reviews r WHERE r.card_id = c.id AND r.reviewed_at >= @since)), 0) AS reviews,
                COALESCE(SUM((SELECT COUNT(*) FROM card_reviews r WHERE r.card_id = c.id AND r.reviewed_at >= @since AND r.rating > 1)), 0) AS recalled
           FROM cards c WHERE c.user_id = @userId GROUP BY c.deck ORDER BY c.deck`,
      )
      .all({ userId, now, since }) as DeckCardStats[];
  }
}
