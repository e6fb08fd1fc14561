import type { Term } from './analyze.ts';
import { mayOppose, opposedAt, type AnswerWords } from './answerWords.ts';
import type { Alternative } from './keyPoints.ts';
import type { AnswerIndex } from './matchPoints.ts';
import type { Rubric } from './rubric.ts';

/**
 * An opposite of a word of the point, in the clauses that state the rest of it. One the point
 * itself names ("converge" and "diverge" in one idea) opposes nothing; nor, for a derived point
 * (one sentence of a longer answer), does one the model answer itself uses ("wider ... narrower").
 */
function opposedElsewhere(alt: Alternative, rubric: Rubric, words: AnswerWords, form: string, lemma: string, clauses: Set<number>): boolean {
  for (const i of opposedAt(words, lemma, form, clauses.size > 0 ? clauses : undefined)) {
    const key = (words.terms[i] as Term).key;
    if (!alt.keys.includes(key) && (rubric.stated || !rubric.related.has(key))) return true;
  }
  return false;
}

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
  if (mayOppose(words)) {
    for (const key of alt.keys) {
      const forms = rubric.formLemmas.get(key) ?? [];
      if (!index.has(key)) {
        if (forms.some(({ form, lemma }) => opposedElsewhere(alt, rubric, words, form, lemma, clauses))) opposed++;
      } else if (forms.some(({ form, lemma }) => form !== lemma && opposedAt(words, lemma, form, clauses).length > 0)) {
        // "less smooth" for "smoother": the word is there, compared the other way.
        opposed++;
      }
    }
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
