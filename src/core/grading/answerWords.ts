import type { Analysis, Term } from './analyze.ts';
import { withinEdits } from './editDistance.ts';
import { areOpposite, areSynonyms, lemmaOf } from './lexicon.ts';
import { typoTolerance } from './normalize.ts';

/** An answer's content words, looked up by key and by lemma. */
export interface AnswerWords {
  analysis: Analysis;
  terms: Term[];
  lemmas: string[];
  byKey: Map<string, number[]>;
  byLemma: Map<string, number[]>;
}

export function answerWordsOf(analysis: Analysis): AnswerWords {
  // A question inside an answer ("does it slow inference?") asserts nothing.
  const terms = analysis.terms.filter((t) => !analysis.clauses[t.clause]?.question);
  const lemmas = terms.map((t) => lemmaOf(t.word));
  const byKey = new Map<string, number[]>();
  const byLemma = new Map<string, number[]>();
  terms.forEach((t, i) => {
    (byKey.get(t.key) ?? byKey.set(t.key, []).get(t.key))?.push(i);
    (byLemma.get(lemmas[i] as string) ?? byLemma.set(lemmas[i] as string, []).get(lemmas[i] as string))?.push(i);
  });
  return { analysis, terms, lemmas, byKey, byLemma };
}

/** How an answer states one word of a model answer: the same word, its lemma, a synonym, a typo. */
export interface Found {
  at: number[];
  strength: number;
}

export function findWord(words: AnswerWords, key: string, word: string, lemma: string): Found | undefined {
  const exact = words.byKey.get(key);
  if (exact) return { at: exact, strength: 1 };
  const same = words.byLemma.get(lemma);
  if (same) return { at: same, strength: 0.9 };
  const tolerance = typoTolerance(word);
  const at: number[] = [];
  let strength = 0;
  for (let i = 0; i < words.terms.length; i++) {
    const l = words.lemmas[i] as string;
    if (areSynonyms(lemma, l)) {
      at.push(i);
      strength = 0.8;
    } else if (tolerance > 0) {
      const w = (words.terms[i] as Term).word;
      if (Math.abs(w.length - word.length) <= tolerance && w.charCodeAt(0) === word.charCodeAt(0) && withinEdits(word, w, tolerance)) {
        at.push(i);
        strength = Math.max(strength, 0.8);
      }
    }
  }
  return at.length > 0 ? { at, strength } : undefined;
}

const LESS = new Set(['less', 'fewer', 'lower', 'smaller']);
const MORE = new Set(['more', 'higher', 'greater', 'larger', 'bigger']);

/**
 * Where the answer says the opposite of a model-answer word: WordNet's opposite
 * ("slower" for "faster", "decrease" for "increase"), or the other comparative
 * ("less smooth" for "smoother"). Indexes of the answer words that oppose it.
 */
export function opposedAt(words: AnswerWords, lemma: string, word: string, clauses?: Set<number>): number[] {
  const out: number[] = [];
  const comparative = word !== lemma && /er$/.test(word);
  for (let i = 0; i < words.terms.length; i++) {
    const t = words.terms[i] as Term;
    if (clauses && !clauses.has(t.clause)) continue;
    if (areOpposite(lemma, words.lemmas[i] as string)) out.push(i);
    else if (comparative && words.lemmas[i] === lemma && lessBefore(words, i)) out.push(i);
  }
  return out;
}

/** "less smooth", "fewer dead units": the word is compared downwards. */
function lessBefore(words: AnswerWords, i: number): boolean {
  const t = words.terms[i] as Term;
  const clause = words.analysis.clauses[t.clause];
  if (!clause) return false;
  const at = clause.words.indexOf(t.word);
  for (let j = Math.max(0, at - 2); j < at; j++) if (LESS.has(clause.words[j] as string)) return true;
  return false;
}

export function isComparativeMarker(word: string): 'more' | 'less' | undefined {
  return MORE.has(word) ? 'more' : LESS.has(word) ? 'less' : undefined;
}
