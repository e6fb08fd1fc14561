import type { Question } from '../deck.ts';
import { analyze, type Analysis, type Term } from './analyze.ts';
import { informationOf, lemmaOf } from './lexicon.ts';

/** One model answer as the evidence rules read it. */
export interface Reference {
  analysis: Analysis;
  /** Distinct content terms, most informative first (at most MAX_KEYS), with their weights. */
  terms: Array<{ term: Term; lemma: string; weight: number }>;
  total: number;
  /** Every content key and lemma it uses. */
  keys: Set<string>;
  lemmas: Set<string>;
  /** Pairs of content keys adjacent within a clause: word order a bag of words misses. */
  bigrams: Array<[string, string]>;
}

/** A teacher expects the main ideas of a long model answer, not every word of it. */
const MAX_KEYS = 14;
/** Words the question already gives say little about whether the answer knows more. */
export const PROMPT_DISCOUNT = 0.3;

/** A question's model answers, and what every answer to it is compared with. */
export interface ModelAnswers {
  refs: Reference[];
  /** Keys and lemmas of the question and every model answer: the words an on-topic answer uses. */
  knownKeys: Set<string>;
  knownLemmas: Set<string>;
}

const cache = new WeakMap<Question, ModelAnswers>();

/** The question's model answers (the first, then every other accepted one), analysed once. */
export function modelAnswersOf(question: Question, promptKeys: Set<string>): ModelAnswers {
  let found = cache.get(question);
  if (!found) {
    const texts = question.type === 'open' ? [question.answer, ...question.accepted] : [question.answer];
    const refs = texts.filter((t) => t.trim() !== '').map((t) => referenceOf(t, promptKeys));
    const knownKeys = new Set(promptKeys);
    const knownLemmas = new Set<string>();
    for (const ref of refs) {
      for (const t of ref.analysis.terms) knownKeys.add(t.key);
      for (const t of ref.terms) knownLemmas.add(t.lemma);
    }
    found = { refs, knownKeys, knownLemmas };
    cache.set(question, found);
  }
  return found;
}

export function weightOf(term: Term, promptKeys: Set<string>): number {
  return informationOf(term.word) * (promptKeys.has(term.key) ? PROMPT_DISCOUNT : 1);
}

function referenceOf(text: string, promptKeys: Set<string>): Reference {
  const analysis = analyze(text);
  const seen = new Map<string, { term: Term; lemma: string; weight: number }>();
  for (const term of analysis.terms) {
    if (seen.has(term.key)) continue;
    seen.set(term.key, { term, lemma: lemmaOf(term.word), weight: weightOf(term, promptKeys) });
  }
  const terms = [...seen.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_KEYS);
  const kept = new Set(terms.map((t) => t.term.key));
  const bigrams: Array<[string, string]> = [];
  for (let i = 1; i < analysis.terms.length; i++) {
    const a = analysis.terms[i - 1] as Term;
    const b = analysis.terms[i] as Term;
    if (a.clause === b.clause && a.key !== b.key && kept.has(a.key) && kept.has(b.key)) bigrams.push([a.key, b.key]);
  }
  const lemmas = new Set([...seen.values()].map((t) => t.lemma));
  return { analysis, terms, keys: analysis.keys, lemmas, total: terms.reduce((s, t) => s + t.weight, 0), bigrams };
}
