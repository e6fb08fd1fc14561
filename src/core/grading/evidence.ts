import type { Term } from './analyze.ts';
import { findWord, opposedAt, type AnswerWords } from './answerWords.ts';
import type { ModelAnswers, Reference } from './references.ts';

/** What one model answer says about an answer, each in [0, 1]. */
export interface ReferenceEvidence {
  /** Share of the model answer's informative words the answer states (weighted). */
  recall: number;
  /** Share of its adjacent word pairs the answer also has in one clause. */
  bigrams: number;
  /** Share of its words stated with the other negation ("connected" / "not connected"). */
  negation: number;
  /** Share of its words the answer states the opposite of ("slower" for "faster"). */
  opposed: number;
  /** Share of the answer's informative words that neither this model answer nor the question uses. */
  novel: number;
  /** The answer names a thing (a number, a letter: "terminal 4", "bulb C") this model answer does not. */
  otherName: number;
  /** Recall of the model answer's own words, those the question does not give. */
  ownRecall: number;
}

const NAME = /^(?:\d+|[b-hj-z])$/;

const NOTHING: ReferenceEvidence = { recall: 0, bigrams: 0, negation: 0, opposed: 0, novel: 1, otherName: 0, ownRecall: 0 };

export function compareWith(ref: Reference, words: AnswerWords, promptKeys: Set<string>): ReferenceEvidence {
  if (ref.total === 0) return NOTHING;
  let got = 0;
  let own = 0;
  let ownTotal = 0;
  let flipped = 0;
  let opposed = 0;
  const clausesOf = new Map<string, Set<number>>();
  for (const { term, lemma, weight } of ref.terms) {
    const found = findWord(words, term.key, term.word, lemma);
    const isOwn = !promptKeys.has(term.key);
    if (isOwn) ownTotal += weight;
    if (found) {
      // Negated wherever it is said, against the model answer's own sense: said the other way.
      const negated = found.at.every((i) => (words.terms[i] as Term).negated);
      if (negated !== term.negated) {
        flipped += weight;
        continue;
      }
      got += weight * found.strength;
      if (isOwn) own += weight * found.strength;
      clausesOf.set(term.key, new Set(found.at.map((i) => (words.terms[i] as Term).clause)));
    } else if (opposedAt(words, lemma, term.word).length > 0) {
      opposed += weight;
    }
  }
  let pairs = 0;
  for (const [a, b] of ref.bigrams) {
    const ca = clausesOf.get(a);
    const cb = clausesOf.get(b);
    if (ca && cb && [...ca].some((c) => cb.has(c))) pairs++;
  }
  const novel = shareOf(words, (key, lemma) => !ref.keys.has(key) && !ref.lemmas.has(lemma) && !promptKeys.has(key));
  const otherName = words.distinct.some((i) => NAME.test((words.terms[i] as Term).word) && !ref.keys.has((words.terms[i] as Term).key)) ? 1 : 0;
  return {
    novel,
    ownRecall: ownTotal > 0 ? own / ownTotal : got / ref.total,
    otherName,
    recall: got / ref.total,
    bigrams: ref.bigrams.length > 0 ? pairs / ref.bigrams.length : got / ref.total,
    negation: flipped / ref.total,
    opposed: opposed / ref.total,
  };
}

/** The model answer the answer is closest to. */
export function bestReference(refs: Reference[], words: AnswerWords, promptKeys: Set<string>): ReferenceEvidence {
  let best: ReferenceEvidence = NOTHING;
  let bestScore = -Infinity;
  for (const ref of refs) {
    const e = compareWith(ref, words, promptKeys);
    // The model answer it talks about most, whichever way round it says it: agreeing with a
    // weaker one must not hide that it contradicts the one it is closest to. Ties go to agreement.
    const score = e.recall + e.negation + e.opposed;
    if (score > bestScore || (score === bestScore && e.recall > best.recall)) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}

/** Share of the answer's informative words that come from the question or a model answer, and from the question alone. */
export function precisionOf(model: ModelAnswers, promptKeys: Set<string>, words: AnswerWords): { precision: number; promptShare: number } {
  return {
    precision: shareOf(words, (key, lemma) => model.knownKeys.has(key) || model.knownLemmas.has(lemma)),
    promptShare: shareOf(words, (key) => promptKeys.has(key)),
  };
}

/** The weighted share of the answer's distinct words that pass `test` (0 for an answer without any). */
function shareOf(words: AnswerWords, test: (key: string, lemma: string) => boolean): number {
  let total = 0;
  let passed = 0;
  for (const i of words.distinct) {
    const w = words.information[i] as number;
    total += w;
    if (test((words.terms[i] as Term).key, words.lemmas[i] as string)) passed += w;
  }
  return total > 0 ? passed / total : 0;
}
