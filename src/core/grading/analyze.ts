import { foldText, NUMBER_WORDS, numbersToDigits, rawWordsIn } from './normalize.ts';
import { stem } from './stem.ts';
import { CLAUSE_BREAKS, NEGATORS, STOPWORDS, SUBORDINATORS } from './words.ts';

/** One content word of a text, in canonical (stemmed) form. */
export interface Term {
  key: string;
  /** The word as written (folded), for typo matching. */
  word: string;
  clause: number;
  /** A negator ("not", "no", "never"...) comes shortly before it in its clause. */
  negated: boolean;
  /** That negator denies ("not", "never") rather than marks an absence ("no", "without"). */
  denied: boolean;
}

export interface Clause {
  /** All folded words, stopwords included (polarity needs them). */
  words: string[];
  /** Canonical key of each word (aligned with `words`). */
  wordKeys: string[];
  /** Ended by a question mark. */
  question: boolean;
  /** Opens with "because", "if", "which"...: explains rather than decides. */
  subordinate: boolean;
}

export interface Analysis {
  terms: Term[];
  clauses: Clause[];
  /** Keys of all content terms. */
  keys: Set<string>;
  /** Number of words, stopwords included. */
  wordCount: number;
  /** The text as folded by foldText, so later rules need not fold it again. */
  folded: string;
}

const NEGATION_REACH = 3;
const DENIALS = new Set(['not', 'never', 'nor', 'neither', 'hardly', 'barely']);

// What the clause rules ask of a word, gathered in one table: one lookup per word instead of several.
const SKIP = 1; // a stopword or a negator: never a term
const NEGATOR = 2;
const DENIAL = 4;
const BREAK = 8; // opens a new clause
const NUMBER = 16; // a number word, such as "three", to turn into digits
const WORD_FLAGS = new Map<string, number>();
const flag = (words: Iterable<string>, bit: number): void => {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
};
flag(STOPWORDS, SKIP);
flag(NEGATORS, SKIP | NEGATOR);
flag(DENIALS, DENIAL);
flag(CLAUSE_BREAKS, BREAK);
flag(NUMBER_WORDS, NUMBER);

/** What analysis needs of one written word, worked out once per distinct word. */
interface WordInfo {
  stem: string;
  flags: number;
}

/** Distinct words remembered; past this the memory starts afresh, so it stays bounded. */
export const WORD_MEMORY = 50_000;
const wordInfos = new Map<string, WordInfo>();

function infoOf(word: string): WordInfo {
  let info = wordInfos.get(word);
  if (info === undefined) {
    const s = stem(word);
    info = { stem: s, flags: WORD_FLAGS.get(word) ?? 0 };
    if (wordInfos.size >= WORD_MEMORY) wordInfos.clear();
    wordInfos.set(word, info);
  }
  return info;
}

/** How many distinct words the analysis memory holds (for tests of its bound). */
export function rememberedWords(): number {
  return wordInfos.size;
}

/** Splits a text into clauses and canonical terms. Pure and allocation-light: it runs per answer. */
export function analyze(text: string): Analysis {
  const folded = foldText(text);
  const terms: Term[] = [];
  const clauses: Clause[] = [];
  const keys = new Set<string>();
  let wordCount = 0;
  for (const piece of splitPieces(folded)) {
    // The word memory tells number words apart too, so the common text without one is read once.
    let words = rawWordsIn(folded, piece.from, piece.to);
    let infos = words.map(infoOf);
    if (infos.some((info) => (info.flags & NUMBER) !== 0)) {
      words = numbersToDigits(words);
      infos = words.map(infoOf);
    }
    // Conjunctions such as "but" and "because" also open a clause.
    let start = 0;
    for (let i = 1; i <= words.length; i++) {
      if (i === words.length || ((infos[i] as WordInfo).flags & BREAK) !== 0) {
        if (i > start) {
          addClause(words.slice(start, i), infos, start, i === words.length && piece.question, clauses, terms, keys);
          wordCount += i - start;
        }
        start = i;
      }
    }
  }
  return { terms, clauses, keys, wordCount, folded };
}

/** Adds the clause `words`, which begins at `offset` in the piece that `infos` describes. */
function addClause(words: string[], infos: WordInfo[], offset: number, question: boolean, clauses: Clause[], terms: Term[], keys: Set<string>): void {
  const index = clauses.length;
  const stems = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) stems[i] = (infos[offset + i] as WordInfo).stem;
  clauses.push({ words, wordKeys: stems, question, subordinate: SUBORDINATORS.has(words[0] as string) });
  for (let at = 0; at < stems.length; at++) {
    if (((infos[offset + at] as WordInfo).flags & SKIP) !== 0) continue;
    let negated = false;
    let denied = false;
    for (let j = Math.max(0, at - NEGATION_REACH); j < at; j++) {
      const f = (infos[offset + j] as WordInfo).flags;
      if ((f & NEGATOR) !== 0) negated = true;
      if ((f & DENIAL) !== 0) denied = true;
    }
    const key = stems[at] as string;
    terms.push({ key, word: words[at] as string, clause: index, negated, denied });
    keys.add(key);
  }
}

interface Piece {
  /** The piece is folded.slice(from, to); kept as a span to save copying it. */
  from: number;
  to: number;
  question: boolean;
}

/** Cuts at sentence and clause punctuation; a dot between digits ("0.99") is not a cut. */
function splitPieces(folded: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // ? ! ; newline ( )
    let cut = c === 63 || c === 33 || c === 59 || c === 10 || c === 40 || c === 41;
    if (c === 46 || c === 44) {
      const next = folded.charCodeAt(i + 1);
      cut = !(next >= 48 && next <= 57);
    }
    if (cut) {
      if (i > start) pieces.push({ from: start, to: i, question: c === 63 });
      start = i + 1;
    }
  }
  if (start < folded.length) pieces.push({ from: start, to: folded.length, question: false });
  return pieces;
}
