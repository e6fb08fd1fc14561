/** Text folding and tokenizing shared by every grading rule. All regexes are built once here. */
import { INVISIBLE, JOINERS } from '../invisible.ts';

const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const CANT = /\bcan'?t\b/g;
const WONT = /\bwon't\b/g;
const NT = /n't\b/g;
const CLITIC = /'(s|re|ve|ll|d|m)\b/g;
const AMPERSAND = /&/g;
const ABBREVIATION = /\b(i\.e|e\.g|etc|vs|dr|mr|mrs|ms|prof|approx|cf)\.(?=\s*[,a-z0-9(])/gi;

/** Chat spellings of negated auxiliaries, written without the apostrophe. */
const BARE_NEGATIONS = new Map<string, string>([
  ['dont', 'do'], ['doesnt', 'does'], ['didnt', 'did'], ['isnt', 'is'], ['arent', 'are'], ['wasnt', 'was'],
  ['werent', 'were'], ['wont', 'will'], ['cant', 'can'], ['cannot', 'can'], ['shouldnt', 'should'],
  ['wouldnt', 'would'], ['couldnt', 'could'], ['hasnt', 'has'], ['havent', 'have'], ['aint', 'is'],
  ['mustnt', 'must'], ['neednt', 'need'],
]);

/** Last letters of those spellings ("t" for all of them today): most words need no lookup. */
const BARE_NEGATION_ENDS = new Uint8Array(128);
for (const w of BARE_NEGATIONS.keys()) BARE_NEGATION_ENDS[w.charCodeAt(w.length - 1)] = 1;

const UNITS = new Map<string, number>(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS = new Map<string, number>('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10]));
/** The words numbersToDigits rewrites: without one of them it changes nothing. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TENS.keys()]);
const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);

/** Drops the dot of "e.g.", "i.e.", "Dr." so it does not end a sentence. */
export function unabbreviate(text: string): string {
  return text.replace(ABBREVIATION, (_, a: string) => a.replace('.', ''));
}

/**
 * Signs students write for words ("n↑ → SE↓", "≠", "√n"), read as the words, so an answer in
 * notation meets a model answer in prose; Greek letters by name, as they are said.
 */
const SIGNS = new Map<string, string>([
  ['↑', ' increases '], ['↓', ' decreases '], ['→', ' so '], ['⇒', ' so '], ['≠', ' is not '], ['≈', ' approximately '],
  ['∝', ' proportional to '], ['√', ' square root '], ['≤', ' at most '], ['≥', ' at least '], ['×', ' times '], ['·', ' times '],
  ['α', ' alpha '], ['β', ' beta '], ['γ', ' gamma '], ['δ', ' delta '], ['ε', ' epsilon '], ['η', ' eta '], ['θ', ' theta '],
  ['λ', ' lambda '], ['μ', ' mu '], ['π', ' pi '], ['ρ', ' rho '], ['σ', ' sigma '], ['τ', ' tau '], ['φ', ' phi '], ['ω', ' omega '],
]);
const SIGN = new RegExp(`[${[...SIGNS.keys()].join('')}]`, 'g');

/** Invisible characters dropped, lower-case, strip accents, expand contractions, `&` to "and", signs to words. Punctuation is kept for splitting. */
export function foldText(text: string): string {
  let s = unabbreviate(text);
  // Plain ASCII has no accents or signs to rewrite and NFKD leaves it as it is.
  if (!ASCII.test(s)) s = s.replace(INVISIBLE, '').replace(JOINERS, '').toLowerCase().replace(SIGN, (c) => SIGNS.get(c) ?? c).normalize('NFKD').replace(DIACRITICS, '');
  s = s.toLowerCase().replace(APOSTROPHES, "'").replace(CANT, 'can not');
  // The remaining rewrites all need an apostrophe or an ampersand.
  if (s.includes("'")) s = s.replace(WONT, 'will not').replace(NT, ' not').replace(CLITIC, ' $1');
  return s.includes('&') ? s.replace(AMPERSAND, ' and ') : s;
}

/** Words of already folded text: punctuation dropped, number words turned into digits. */
export function wordsOf(folded: string): string[] {
  return wordsIn(folded, 0, folded.length);
}

/** The words of folded.slice(from, to), without copying the span first. */
export function wordsIn(folded: string, from: number, to: number): string[] {
  return numbersToDigits(rawWordsIn(folded, from, to));
}

/** wordsIn before number words become digits (for callers that spot number words on their own). */
export function rawWordsIn(folded: string, from: number, to: number): string[] {
  const out: string[] = [];
  let start = -1;
  let comma = false; // the word being read holds a thousands separator
  for (let i = from; i <= to; i++) {
    const c = i < to ? folded.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    // "0.99" and "1,000" stay one number.
    if (start >= 0 && (c === 46 || c === 44) && isDigit(folded.charCodeAt(i - 1)) && i + 1 < to && isDigit(folded.charCodeAt(i + 1))) {
      if (c === 44) comma = true;
      continue;
    }
    if (start >= 0) {
      let word = folded.slice(start, i);
      if (comma) word = word.replaceAll(',', '');
      const base = BARE_NEGATION_ENDS[folded.charCodeAt(i - 1)] === 1 ? BARE_NEGATIONS.get(word) : undefined;
      if (base !== undefined) out.push(base, 'not');
      else out.push(word);
      start = -1;
      comma = false;
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Folds and splits in one go. */
export function tokenize(text: string): string[] {
  return wordsOf(foldText(text));
}

/** "twenty one" -> "21", "one hundred" -> "100", "three" -> "3"; the same array when it holds no number word. */
export function numbersToDigits(words: string[]): string[] {
  let any = false;
  for (const w of words) if (NUMBER_WORDS.has(w)) any = true;
  if (!any) return words;
  const out: string[] = [];
  let value = -1; // the number being read, -1 when none
  let pending = 0;
  for (const word of words) {
    const small = UNITS.get(word) ?? TENS.get(word);
    const scale = SCALES.get(word);
    if (small !== undefined) {
      if (value >= 0 && pending >= 20 && pending % 10 === 0 && small < 10) {
        pending += small; // "twenty one"
        continue;
      }
      if (value >= 0 && (pending > 0 || value > 0)) out.push(String(value + pending)); // "one two" is two numbers
      value = 0;
      pending = small;
    } else if (scale !== undefined && value >= 0) {
      value += (pending || 1) * scale;
      pending = 0;
    } else {
      if (value >= 0) out.push(String(value + pending));
      value = -1;
      pending = 0;
      out.push(word);
    }
  }
  if (value >= 0) out.push(String(value + pending));
  return out;
}

/** Edits tolerated for a typo, scaled to the word's length; short words and numbers get none. */
export function typoTolerance(word: string): number {
  if (word.length < 5) return 0;
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return 0;
  return word.length < 9 ? 1 : 2;
}
