import type { Question } from '../../src/core/deck.ts';
import type { Verdict } from '../../src/core/grading/grader.ts';

const WORD = /[a-z0-9]+/g;
const SMALL = new Set(['this', 'that', 'with', 'from', 'have', 'will', 'your', 'they', 'their', 'there', 'which', 'when', 'what', 'than', 'then', 'into', 'also', 'been', 'were', 'does', 'more', 'some', 'such']);

const words = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 4 && !SMALL.has(w)));

/**
 * The baseline the issue compares against: count the answer's words (4+ letters)
 * that also occur in the model answer, key points or accepted answers.
 * 4 or more shared words is correct, 1 to 3 partial, none incorrect.
 */
export function naiveVerdict(question: Question, answer: string): Verdict {
  const reference = words([question.answer, ...question.accepted, ...question.keyPoints.flatMap((k) => [k.label, ...k.aliases])].join(' '));
  const given = words(answer);
  if (question.type !== 'open') {
    const lower = answer.toLowerCase();
    return question.accepted.some((a) => lower.includes(a.toLowerCase())) ? 'correct' : 'incorrect';
  }
  let shared = 0;
  for (const w of given) if (reference.has(w)) shared++;
  return shared >= 4 ? 'correct' : shared >= 1 ? 'partial' : 'incorrect';
}
