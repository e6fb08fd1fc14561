import type { Grade } from '../core/grading/grader.ts';
import { pointsFor, speedBonus } from '../core/scoring.ts';
import type { RoundRow } from '../store/rows.ts';

/**
 * Points an answer earns in its round: none in practice, the grade's points
 * otherwise, plus the speed bonus in a timed quiz. Answering, regrading and
 * reviewers' decisions all use it, so a new grade scores as the answer would have
 * scored with it when it was given.
 */
export function answerPoints(grade: Pick<Grade, 'score' | 'verdict'>, r: Pick<RoundRow, 'kind' | 'opened_at' | 'closes_at'>, answeredAt: number): number {
  if (r.kind === 'practice') return 0;
  return pointsFor(grade) + (r.kind === 'quiz' && r.closes_at ? speedBonus(grade, r.opened_at, r.closes_at, answeredAt) : 0);
}

/** A daily answer keeps a streak going when it earns any credit. */
export function creditsStreak(score: number): boolean {
  return score > 0;
}
