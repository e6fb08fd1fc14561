import { canonicalize } from './synonyms.ts';
import { foldText, wordsOf } from './normalize.ts';
import { stem } from './stem.ts';
import { CLAUSE_BREAKS, NEGATORS, STOPWORDS, SUBORDINATORS } from './words.ts';

/** One content word of a text, in canonical (stemmed, synonym-folded) form. */
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
  /** Canonical key of each word (aligned with `words`; '' for the tail of a multi-word synonym). */
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
}

const NEGATION_REACH = 3;
const DENIALS = new Set(['not', 'never', 'nor', 'neither', 'hardly', 'barely']);

/** Splits a text into clauses and canonical terms. Pure and allocation-light: it runs per answer. */
export function analyze(text: string): Analysis {
  const folded = foldText(text);
  const terms: Term[] = [];
  const clauses: Clause[] = [];
  const keys = new Set<string>();
  let wordCount = 0;
  for (const piece of splitPieces(folded)) {
    const words = wordsOf(piece.text);
    // Conjunctions such as "but" and "because" also open a clause.
    let start = 0;
    for (let i = 1; i <= words.length; i++) {
      if (i === words.length || CLAUSE_BREAKS.has(words[i] as string)) {
        const part = words.slice(start, i);
        if (part.length > 0) {
          addClause(part, i === words.length && piece.question, clauses, terms, keys);
          wordCount += part.length;
        }
        start = i;
      }
    }
  }
  return { terms, clauses, keys, wordCount };
}

function addClause(words: string[], question: boolean, clauses: Clause[], terms: Term[], keys: Set<string>): void {
  const index = clauses.length;
  const { keys: canon, origin } = canonicalize(words.map(stem));
  const wordKeys: string[] = words.map(() => '');
  for (let k = 0; k < canon.length; k++) if (wordKeys[origin[k] as number] === '') wordKeys[origin[k] as number] = canon[k] as string;
  clauses.push({ words, wordKeys, question, subordinate: SUBORDINATORS.has(words[0] as string) });
  for (let k = 0; k < canon.length; k++) {
    const at = origin[k] as number;
    const word = words[at] as string;
    const key = canon[k] as string;
    if (STOPWORDS.has(word) || NEGATORS.has(word)) continue;
    let negated = false;
    let denied = false;
    for (let j = Math.max(0, at - NEGATION_REACH); j < at; j++) {
      const w = words[j] as string;
      if (NEGATORS.has(w)) negated = true;
      if (DENIALS.has(w)) denied = true;
    }
    terms.push({ key, word, clause: index, negated, denied });
    keys.add(key);
  }
}

interface Piece {
  text: string;
  question: boolean;
}

/** Cuts at sentence and clause punctuation; a dot between digits ("0.99") is not a cut. */
function splitPieces(folded: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i];
    let cut = c === '?' || c === '!' || c === ';' || c === '\n' || c === '(' || c === ')';
    if (c === '.' || c === ',') {
      const next = folded.charCodeAt(i + 1);
      cut = !(next >= 48 && next <= 57);
    }
    if (cut) {
      if (i > start) pieces.push({ text: folded.slice(start, i), question: c === '?' });
      start = i + 1;
    }
  }
  if (start < folded.length) pieces.push({ text: folded.slice(start), question: false });
  return pieces;
}
