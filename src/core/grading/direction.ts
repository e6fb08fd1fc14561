import type { Term } from './analyze.ts';
import { opposedAt, type AnswerWords } from './answerWords.ts';
import type { Alternative } from './keyPoints.ts';
import { lemmaOf } from './lexicon.ts';
import type { AnswerIndex } from './matchPoints.ts';
import type { Rubric } from './rubric.ts';

/**
 * Whether the answer states this phrasing of a key point the other way round: "no dying
 * neurons" answered "more dying neurons", "slower convergence" answered
 * "converges faster", "L1 regularization" answered "not L1".
 */
export function alternativeContradicted(alt: Alternative, index: AnswerIndex, words: AnswerWords, rubric: Rubric): boolean {
  if (alt.anchor || alt.keys.length === 0) return false;
  const found: Term[][] = [];
  let opposed = 0;
  const clauses = new Set<number>();
  for (const key of alt.keys) {
    const terms = index.get(key);
    if (terms) {
      found.push(terms);
      for (const t of terms) clauses.add(t.clause);
    }
  }
  for (const key of alt.keys) {
    if (index.has(key)) continue;
    const forms = rubric.vocab.get(key) ?? new Set([key]);
    // An opposite the point itself names ("converge" and "diverge" in one idea) opposes nothing.
    // A derived point's source is one sentence of a longer answer: an opposite the model answer
    // itself uses elsewhere ("wider ... narrower") is not evidence against it.
    const against = (f: string): boolean =>
      opposedAt(words, lemmaOf(f), f, clauses.size > 0 ? clauses : undefined).some((i) => {
        const key = (words.terms[i] as Term).key;
        return !alt.keys.includes(key) && (rubric.stated || !rubric.related.has(key));
      });
    if ([...forms].some(against)) opposed++;
  }
  // "less smooth" for "smoother": the word is there, compared the other way.
  for (const key of alt.keys) {
    const forms = rubric.vocab.get(key);
    if (!index.has(key) || !forms) continue;
    if ([...forms].some((f) => f !== lemmaOf(f) && opposedAt(words, lemmaOf(f), f, clauses).length > 0)) opposed++;
  }
  if (found.length + opposed < alt.need || found.length + opposed === 0) return false;
  // "never converge" is agreed with by "diverges"; it is contradicted only by dropping its negation.
  if (opposed > 0) return !alt.negative;
  const own = alt.keys.filter((k) => index.has(k) && !rubric.promptKeys.has(k));
  if (own.length === 0) return false;
  const denied = own.every((k) => (index.get(k) ?? []).every((t) => t.denied || t.negated));
  // "no dying neurons" needs its negation; "dropout" must not be denied ("not dropout").
  if (alt.negative) return !own.some((k) => (index.get(k) ?? []).some((t) => t.negated));
  // Only a point the deck states is sure enough of its wording to be denied; a derived one
  // may be said with a negation ("without undoing unrelated work").
  return rubric.stated && denied && !rubric.negatedInModel.has(own[0] as string);
}
