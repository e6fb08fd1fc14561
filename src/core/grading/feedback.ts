import type { GradeReason, Verdict } from './grader.ts';

const REASONS: Record<GradeReason, string> = {
  empty: 'No answer given.',
  idk: 'No credit for "I don\'t know" — have a guess next time.',
  injection: 'No credit: the answer tries to tell the grader what score to give.',
  copy: 'No credit: that repeats the question.',
  'keyword-dump': 'No credit: a bare list of terms does not explain why or how.',
  contradiction: 'No credit: the answer takes the opposite position to the expected one.',
  'both-verdicts': 'No credit: the answer says both yes and no.',
  'off-topic': 'No credit: the answer is off-topic.',
};

export function reasonFeedback(reason: GradeReason): string {
  return REASONS[reason];
}

/** "Contradicts: dropout." — the points the answer states the other way round. */
export function contradictionFeedback(contradicted: string[]): string {
  return contradicted.length === 0 ? '' : `Says the opposite of: ${contradicted.join(', ')}.`;
}

/** "2 of 3 key points: L1 regularization, dropout." — names matched points only. */
export function pointsFeedback(verdict: Verdict, matched: string[], total: number, needed: number): string {
  if (matched.length === 0) {
    // The model answer said in other words: right, though no listed point is quoted.
    if (verdict === 'correct') return 'Correct: it says what the model answer says, in other words.';
    if (verdict === 'partial') return 'Partly right: close to the model answer, but not all of it.';
    return total <= 1 ? 'The key point is missing.' : `None of the ${total} key points found.`;
  }
  const list = matched.join(', ');
  if (verdict === 'correct') {
    return matched.length === total ? (total === 1 ? `The key point: ${list}.` : `All ${total} key points: ${list}.`) : `Correct — ${matched.length} of ${total} key points: ${list}.`;
  }
  const need = needed < total ? ` (${needed} needed)` : '';
  return `${matched.length} of ${total} key points${need}: ${list}.`;
}
