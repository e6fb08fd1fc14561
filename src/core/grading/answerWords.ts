import type { Analysis, Term } from './analyze.ts';
import { withinEdits } from './editDistance.ts';
import { informationOf, lemmaOf, oppositesOf, synonymSetsOf } from './lexicon.ts';
import { typoTolerance } from './normalize.ts';

/** An answer's content words, looked up by key and by lemma. */
export interface AnswerWords {
  analysis: Analysis;
  terms: Term[];
  lemmas: string[];
  byKey: Map<string, number[]>;
  byLemma: Map<string, number[]>;
  /** The first occurrence of each distinct key, and how much each term says (informationOf). */
  distinct: number[];
  information: number[];
  /** The answer's words by the words they are opposites of, and whether it can oppose anything at all; worked out on first use. */
  byOpposite?: Map<string, number[]>;
  opposable?: boolean;
  /** The answer's words by WordNet synonym set, built on first use. */
  bySynonymSet?: Map<number, number[]>;
}

export function answerWordsOf(analysis: Analysis): AnswerWords {
  // A question inside an answer ("does it slow inference?") asserts nothing.
  const terms = analysis.terms.filter((t) => !analysis.clauses[t.clause]?.question);
  const lemmas = terms.map((t) => lemmaOf(t.word));
  const byKey = new Map<string, number[]>();
  const byLemma = new Map<string, number[]>();
  const distinct: number[] = [];
  const information = terms.map((t) => informationOf(t.word));
  terms.forEach((t, i) => {
    const same = byKey.get(t.key);
    if (same) same.push(i);
    else {
      byKey.set(t.key, [i]);
      distinct.push(i);
    }
    (byLemma.get(lemmas[i] as string) ?? byLemma.set(lemmas[i] as string, []).get(lemmas[i] as string))?.push(i);
  });
  return { analysis, terms, lemmas, byKey, byLemma, distinct, information };
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
  const at = new Set<number>();
  const sets = synonymSetsOf(lemma);
  if (sets) {
    const bySet = synonymIndex(words);
    for (const id of sets) for (const i of bySet.get(id) ?? []) at.add(i);
  }
  const tolerance = typoTolerance(word);
  if (tolerance > 0) {
    for (let i = 0; i < words.terms.length; i++) {
      const w = (words.terms[i] as Term).word;
      if (Math.abs(w.length - word.length) <= tolerance && w.charCodeAt(0) === word.charCodeAt(0) && withinEdits(word, w, tolerance)) at.add(i);
    }
  }
  return at.size > 0 ? { at: [...at], strength: 0.8 } : undefined;
}

function synonymIndex(words: AnswerWords): Map<number, number[]> {
  if (words.bySynonymSet) return words.bySynonymSet;
  const index = new Map<number, number[]>();
  words.lemmas.forEach((l, i) => {
    for (const id of synonymSetsOf(l) ?? []) (index.get(id) ?? index.set(id, []).get(id))?.push(i);
  });
  words.bySynonymSet = index;
  return index;
}

const LESS = new Set(['less', 'fewer', 'lower', 'smaller']);

/**
 * Where the answer says the opposite of a model-answer word: WordNet's opposite
 * ("slower" for "faster", "decrease" for "increase"), or the other comparative
 * ("less smooth" for "smoother"). Indexes of the answer words that oppose it.
 */
export function opposedAt(words: AnswerWords, lemma: string, word: string, clauses?: Set<number>): number[] {
  const out: number[] = [];
  for (const i of oppositeIndex(words).get(lemma) ?? []) if (!clauses || clauses.has((words.terms[i] as Term).clause)) out.push(i);
  if (word !== lemma && word.endsWith('er')) {
    for (const i of words.byLemma.get(lemma) ?? []) if ((!clauses || clauses.has((words.terms[i] as Term).clause)) && lessBefore(words, i)) out.push(i);
  }
  return out;
}

/** Whether anything in the answer can oppose a word: most answers hold no opposite of anything. */
export function mayOppose(words: AnswerWords): boolean {
  words.opposable ??= oppositeIndex(words).size > 0 || words.analysis.clauses.some((c) => c.words.some((w) => LESS.has(w)));
  return words.opposable;
}

function oppositeIndex(words: AnswerWords): Map<string, number[]> {
  if (words.byOpposite) return words.byOpposite;
  const index = new Map<string, number[]>();
  words.lemmas.forEach((l, i) => {
    for (const o of oppositesOf(l) ?? []) (index.get(o) ?? index.set(o, []).get(o))?.push(i);
  });
  words.byOpposite = index;
  return index;
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
