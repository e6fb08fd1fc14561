import type { Question } from '../deck.ts';
import { foldText } from './normalize.ts';
import { findPhrase, shortWords } from './shortAnswer.ts';

const FILLER = new Set(['option', 'options', 'answer', 'choice', 'letter', 'number', 'is', 'it', 's', 'its', 'my', 'i', 'pick', 'choose', 'think', 'guess', 'go', 'with', 'and', 'or', 'say', 'would', 'final', 'probably', 'maybe', 'definitely']);
const LEADING_LETTER = /^\W*\(?([a-z])\s*[).:]\s/;

/** Indexes of the options an answer selects: by letter ("b", "(B)"), number ("2") or text. */
export function selectedChoices(question: Question, answer: string): number[] {
  const n = question.choices.length;
  const folded = foldText(answer).trim();
  const letter = LEADING_LETTER.exec(folded + ' ');
  if (letter) {
    const i = (letter[1] as string).charCodeAt(0) - 97;
    if (i >= 0 && i < n) return [i];
  }
  const words = shortWordsKeepingLetters(answer).filter((w) => !FILLER.has(w));
  if (words.length > 0 && words.every((w) => refIndex(w, n) >= 0)) return [...new Set(words.map((w) => refIndex(w, n)))];
  // By text, exact spellings first ("read committed" is not a typo of "read uncommitted"),
  // then with typos; the longest options first, so "Leaky ReLU" wins over "ReLU".
  const all = shortWords(answer);
  const order = question.choices.map((c, i) => ({ i, words: shortWords(c) })).sort((a, b) => b.words.length - a.words.length);
  const taken = new Array<boolean>(all.length).fill(false);
  const picked: number[] = [];
  for (const exact of [true, false]) {
    for (const { i, words: option } of order) {
      if (option.length === 0 || picked.includes(i)) continue;
      const at = findPhrase(all, option, exact);
      if (at < 0 || taken.slice(at, at + option.length).some(Boolean)) continue;
      for (let k = at; k < at + option.length; k++) taken[k] = true;
      picked.push(i);
    }
  }
  return picked.sort((a, b) => a - b);
}

function shortWordsKeepingLetters(answer: string): string[] {
  // Unlike shortWords, a lone "a" here is option A.
  return foldText(answer).split(/[^a-z0-9]+/).filter(Boolean);
}

function refIndex(word: string, n: number): number {
  if (word.length === 1 && word >= 'a' && word <= 'z') {
    const i = word.charCodeAt(0) - 97;
    return i < n ? i : -1;
  }
  const k = Number(word);
  return Number.isInteger(k) && k >= 1 && k <= n ? k - 1 : -1;
}

/** Indexes of the correct options (the deck's `accepted` holds their text). */
export function correctChoices(question: Question): number[] {
  const wanted = new Set(question.accepted.map((a) => shortWords(a).join(' ')));
  return question.choices.map((c, i) => (wanted.has(shortWords(c).join(' ')) ? i : -1)).filter((i) => i >= 0);
}
