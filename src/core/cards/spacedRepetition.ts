import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card } from 'ts-fsrs';
import type { Verdict } from '../grading/grader.ts';

/** Where a card is in FSRS's cycle. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** How well a member recalled a question, in FSRS's four ratings. */
export type RecallRating = 'again' | 'hard' | 'good' | 'easy';

/** A member's memory of one question: FSRS's card state, times in ms since the epoch. */
export interface CardMemory {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: number | null;
}

/** A correct answer counts as easy only when it earned full marks and the grader was this sure of it. */
export const EASY_CONFIDENCE = 0.9;

/**
 * The rating a grade stands for. The grade is all quizbot knows of the member's recall:
 * - incorrect: not recalled, `again` (the card comes back soon and counts as a lapse);
 * - partial: recalled with gaps, `hard`;
 * - correct: `good`; `easy` only with full marks the grader is sure of
 *   (score 1, confidence at least EASY_CONFIDENCE), so an unsure grade never pushes
 *   a card far into the future.
 */
export function ratingOf(grade: { verdict: Verdict; score: number; confidence: number }): RecallRating {
  if (grade.verdict === 'incorrect') return 'again';
  if (grade.verdict === 'partial') return 'hard';
  return grade.score >= 1 && grade.confidence >= EASY_CONFIDENCE ? 'easy' : 'good';
}

// Fuzz off: the same answers at the same times always give the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const RATINGS = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
const PHASES: Record<State, CardPhase> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const STATES: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

function toFsrs(m: CardMemory): Card {
  return {
    due: new Date(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: STATES[m.phase],
    ...(m.lastReview !== null ? { last_review: new Date(m.lastReview) } : {}),
  };
}

function fromFsrs(c: Card): CardMemory {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: PHASES[c.state],
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/** A card never reviewed, due at `now`. */
export function newCard(now: number): CardMemory {
  return fromFsrs(createEmptyCard(new Date(now)));
}

/** The card after a review at `now` rated `rating` (a new card when there was none). */
export function reviewCard(card: CardMemory | undefined, rating: RecallRating, now: number): CardMemory {
  return fromFsrs(scheduler.next(toFsrs(card ?? newCard(now)), new Date(now), RATINGS[rating]).card);
}

/**
 * The card its reviews lead to, replayed in order from a new card: what the card is
 * after one review's rating changed (a reviewer's decision). Undefined with no reviews.
 */
export function replayReviews(reviews: readonly { at: number; rating: RecallRating }[]): CardMemory | undefined {
  let card: CardMemory | undefined;
  for (const r of reviews) card = reviewCard(card, r.rating, r.at);
  return card;
}
