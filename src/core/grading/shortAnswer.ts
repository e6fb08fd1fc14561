import { editDistance } from './editDistance.ts';
import type { Question } from '../deck.ts';
import { tokenize, typoTolerance } from './normalize.ts';
import { NEGATORS } from './words.ts';

const ARTICLES = new Set(['a', 'an', 'the']);
const cache = new WeakMap<Question, string[][]>();

/** Words of a short answer: folded, numbers as digits, articles dropped ("The Beatles" = "beatles"). */
export function shortWords(text: string): string[] {
  return tokenize(text).filter((w) => !ARTICLES.has(w));
}

function acceptedWords(question: Question): string[][] {
  let list = cache.get(question);
  if (!list) {
    const sources = question.accepted.length > 0 ? question.accepted : [question.answer];
    list = sources.map(shortWords).filter((w) => w.length > 0);
    cache.set(question, list);
  }
  return list;
}

/** Whole-word equality, with a typo allowance scaled to the expected word's length unless `exact`. */
export function sameWord(expected: string, given: string, exact = false): boolean {
  if (expected === given) return true;
  if (exact) return false;
  const tolerance = typoTolerance(expected);
  return tolerance > 0 && editDistance(expected, given, tolerance) <= tolerance;
}

/** Where `phrase` occurs as whole words in `words`, not preceded by a negation; -1 if nowhere. */
export function findPhrase(words: string[], phrase: string[], exact = false): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (!sameWord(phrase[k] as string, words[i + k] as string, exact)) continue outer;
    if (i > 0 && NEGATORS.has(words[i - 1] as string)) continue;
    return i;
  }
  return -1;
}

/** True when the answer states one of the accepted answers ("It's Dr Wily!" for "Dr. Wily"). */
export function shortAnswerMatches(question: Question, answer: string): boolean {
  const words = shortWords(answer);
  if (words.length === 0) return false;
  return acceptedWords(question).some((accepted) => findPhrase(words, accepted) >= 0);
}
