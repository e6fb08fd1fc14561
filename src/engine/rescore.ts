import { ratingOf } from '../core/cards/spacedRepetition.ts';
import type { Verdict } from '../core/grading/grader.ts';
import type { Decision, DecisionSource, GradeSnapshot, ReviewedAnswer } from '../store/reviewRows.ts';
import type { Store } from '../store/store.ts';
import { answerPoints, creditsStreak } from './answerPoints.ts';
import { decidedFeedback } from './reviewMessages.ts';
import { replayStreaks } from './regrade.ts';
import { rerateCard } from './rerateCard.ts';

export interface DecisionRequest {
  workspaceId: number;
  answerId: number;
  verdict: Verdict;
  note: string;
  /** The reviewer's users row. */
  reviewerId: number;
  at: number;
  /** `/grade set`: the answer need not be waiting for review. */
  override: boolean;
}

/** What a decision came to: made (with the answer as it was), or why not. */
export type DecisionOutcome =
  | { kind: 'decided'; decision: Decision; answer: ReviewedAnswer }
  | { kind: 'unknown' }
  | { kind: 'already'; decision: Decision }
  | { kind: 'not_pending' };

/**
 * The grade a reviewer's verdict gives: full or no credit, or for partial the
 * grader's partial score when it had one, else half.
 */
export function decidedGrade(a: Pick<ReviewedAnswer, 'score'>, verdict: Verdict): Pick<GradeSnapshot, 'score' | 'verdict'> {
  if (verdict === 'correct') return { score: 1, verdict };
  if (verdict === 'incorrect') return { score: 0, verdict };
  return { score: a.score > 0 && a.score < 1 ? a.score : 0.5, verdict };
}

/**
 * Decides one answer and re-scores it, exactly once: the answer's grade and
 * points, its member's totals, period boards and ranks, the streak it counts
 * in, the appeal and the audit log change in one IMMEDIATE transaction. The
 * write lock is taken before anything is read, so of two reviewers deciding at
 * once (in one process or two) the second sees the first's decision and is
 * refused; a crash before the commit leaves everything as it was.
 */
export function decideOnce(store: Store, r: DecisionRequest): DecisionOutcome {
  return store.txImmediate((): DecisionOutcome => {
    const a = store.reviews.answer(r.answerId);
    if (!a || a.round.workspace_id !== r.workspaceId) return { kind: 'unknown' };
    const source: DecisionSource | undefined = a.appeal?.status === 'pending' ? 'appeal' : a.provisional ? 'provisional' : r.override ? 'override' : undefined;
    if (!source) {
      const last = store.reviews.lastDecision(a.id);
      return last ? { kind: 'already', decision: last } : { kind: 'not_pending' };
    }
    const grade = decidedGrade(a, r.verdict);
    const after: GradeSnapshot = { ...grade, points: answerPoints(grade, a.round, a.answeredAt) };
    const before: GradeSnapshot = { score: a.score, verdict: a.verdict, points: a.points };
    const id = store.reviews.recordDecision({
      workspaceId: r.workspaceId,
      answer: a,
      reviewerId: r.reviewerId,
      decidedAt: r.at,
      source,
      before,
      after,
      feedback: decidedFeedback(r.note),
      note: r.note,
    });
    // The member's card follows the decided grade. A reviewer says right or wrong, not how easily it was
    // recalled: a decided answer rates at most `good` (the grader's confidence was in its own verdict).
    rerateCard(store, { userId: a.member.id, deck: a.round.deck, question: a.round.question, answeredAt: a.answeredAt }, ratingOf({ ...grade, confidence: 0 }));
    // Practice counts in no total, board or streak.
    if (a.round.kind !== 'practice') {
      const full = (v: Verdict) => (v === 'correct' ? 1 : 0);
      store.adjustScore(a.member.id, { points: after.points - before.points, score: after.score - before.score, fullMarks: full(after.verdict) - full(before.verdict) });
      store.boards.adjust(a.id, after.points - before.points);
      const daily = a.round.kind === 'daily' && a.round.schedule_id !== null && a.round.seq !== null;
      if (daily && creditsStreak(after.score) !== creditsStreak(before.score)) replayStreaks(store, [a.member.id]);
    }
    return { kind: 'decided', decision: store.reviews.decision(id)!, answer: a };
  });
}
