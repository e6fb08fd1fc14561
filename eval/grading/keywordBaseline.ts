import type { Question } from '../../src/core/deck.ts';
import type { Verdict } from '../../src/core/grading/grader.ts';

const WORD = /[a-z0-9]+/g;
const STOP = new Set('the a an of to in and or is are was were be it its this that for on with as by at from not no'.split(' '));
const termsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w) && w.length > 1);

/**
 * The keyword-overlap baseline the data's README defines: the top 12 reference
 * terms weighted by IDF over the deck's references, correct at >= 0.35 of their
 * weight covered, partial at >= 0.12.
 */
export function keywordBaseline(questions: Iterable<Question>): (q: Question, answer: string) => Verdict {
  const all = [...questions];
  const df = new Map<string, number>();
  for (const q of all) for (const t of new Set(termsOf(q.answer))) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string): number => Math.log((all.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const top = new Map<Question, Array<[string, number]>>();
  return (q, answer) => {
    let terms = top.get(q);
    if (!terms) {
      terms = [...new Set(termsOf(q.answer))].map((t): [string, number] => [t, idf(t)]).sort((a, b) => b[1] - a[1]).slice(0, 12);
      top.set(q, terms);
    }
    const given = new Set(termsOf(answer));
    const total = terms.reduce((s, [, w]) => s + w, 0);
    const got = terms.reduce((s, [t, w]) => s + (given.has(t) ? w : 0), 0);
    const cover = total > 0 ? got / total : 0;
    return cover >= 0.35 ? 'correct' : cover >= 0.12 ? 'partial' : 'incorrect';
  };
}
