/**
 * A small suffix-stripping stemmer in the spirit of Porter's: it only has to map
 * inflections and derivations of one word to one key ("regularization",
 * "regularize", "regularisation" -> "regular"), never to produce real words.
 */

// Longest first; each entry is [suffix, replacement].
const SUFFIXES: Array<[string, string]> = [
  ['isations', 'ize'], ['izations', 'ize'], ['isation', 'ize'], ['ization', 'ize'],
  ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['ations', 'ate'], ['ation', 'ate'], ['ities', ''], ['ising', 'ize'], ['izing', 'ize'],
  ['ised', 'ize'], ['ized', 'ize'], ['ises', 'ize'], ['izes', 'ize'], ['izer', 'ize'], ['iser', 'ize'],
  ['ness', ''], ['ments', ''], ['ment', ''], ['ence', ''], ['ance', ''], ['ably', ''], ['ibly', ''],
  ['able', ''], ['ible', ''], ['ally', 'al'], ['ings', ''], ['ing', ''], ['ity', ''], ['ies', 'y'],
  ['ied', 'y'], ['ive', ''], ['ize', ''], ['ise', ''], ['ous', ''], ['ers', ''], ['ful', ''],
  ['ly', ''], ['ed', ''], ['er', ''], ['es', ''], ['al', ''], ['ic', ''], ['s', ''], ['e', ''], ['y', ''],
];

const VOWEL = /[aeiouy]/;
const cache = new Map<string, string>();

export function stem(word: string): string {
  // Only words stemmed below are cached, so a hit can skip the checks that follow.
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (word.length <= 3 || hasDigit(word)) return word;
  let w = word;
  for (let pass = 0; pass < 3; pass++) {
    const next = stripOnce(w);
    if (next === w) break;
    w = next;
  }
  // "stopp" -> "stop", "dropp" -> "drop"
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'lsz'.includes(w[w.length - 1] as string)) w = w.slice(0, -1);
  if (cache.size < 50_000) cache.set(word, w);
  return w;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function stripOnce(w: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    if (suffix === 's' && (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is'))) return w;
    const base = w.slice(0, w.length - suffix.length);
    // Keep at least three letters and a vowel, so "bus", "this", "sing" survive.
    if (base.length < 3 || !VOWEL.test(base)) return w;
    return base + replacement;
  }
  return w;
}
