import { msg, raw, type Msg, type Text } from '../text.ts';
import type { GradeReason, Verdict } from './grader.ts';

const REASONS: Record<GradeReason, Msg> = {
  empty: msg('grade.reason.empty'),
  idk: msg('grade.reason.idk'),
  injection: msg('grade.reason.injection'),
  copy: msg('grade.reason.copy'),
  'keyword-dump': msg('grade.reason.keywordDump'),
  contradiction: msg('grade.reason.contradiction'),
  'both-verdicts': msg('grade.reason.bothVerdicts'),
  'off-topic': msg('grade.reason.offTopic'),
};

export function reasonFeedback(reason: GradeReason): Text {
  return REASONS[reason];
}

/** Key point labels are the deck's words: listed as written, never translated. */
const points = (labels: readonly string[]) => ({ list: labels.map(raw) });

/** "… Says the opposite of: dropout." — the feedback, then the points the answer states the other way round. */
export function withContradictions(feedback: Text, contradicted: readonly string[]): Text {
  return contradicted.length === 0 ? feedback : msg('grade.withOpposite', { grade: feedback, points: points(contradicted) });
}

/** "2 of 3 key points: L1 regularization and dropout." — names matched points only. */
export function pointsFeedback(verdict: Verdict, matched: string[], total: number, needed: number): Text {
  if (matched.length === 0) {
    // The model answer said in other words: right, though no listed point is quoted.
    if (verdict === 'correct') return msg('grade.inOtherWords');
    if (verdict === 'partial') return msg('grade.closeButNotAll');
    return msg('grade.noneFound', { count: Math.max(1, total) });
  }
  const list = points(matched);
  if (verdict === 'correct') {
    return matched.length === total ? msg('grade.allPoints', { count: total, points: list }) : msg('grade.correctSome', { matched: matched.length, count: total, points: list });
  }
  if (needed < total) return msg('grade.somePointsNeeded', { matched: matched.length, count: total, needed, points: list });
  return msg('grade.somePoints', { matched: matched.length, count: total, points: list });
}
