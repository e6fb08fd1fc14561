import type { Grade, Verdict } from '../core/grading/grader.ts';
import { type AnswerRow, LEGACY_GRADER_VERSION } from '../store/rows.ts';

/**
 * The grade an answer was given, exactly as stored: a stored grade is never
 * recomputed, so a new grader does not change what members were told. Legacy
 * answers (stored before confidence was recorded) read as confidence 1, the
 * certainty they were shown with, and grader version `legacy`.
 */
export function storedGrade(a: AnswerRow): Grade {
  return {
    score: a.score,
    verdict: a.verdict as Verdict,
    matched: a.matched,
    missed: a.missed,
    feedback: a.feedback,
    contradicted: a.contradicted,
    confidence: a.confidence ?? 1,
    graderVersion: a.grader_version ?? LEGACY_GRADER_VERSION,
  };
}
