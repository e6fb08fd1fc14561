import { analyze } from './analyze.ts';
import { stem } from './stem.ts';
import { NEGATORS } from './words.ts';

const CATEGORY = new Set(
  ['regularization', 'function', 'activation', 'technique', 'method', 'algorithm', 'approach', 'process', 'strategy', 'scheme'].map(stem),
);

/** One way of stating a key point: enough of its keys must appear in the answer. */
export interface Alternative {
  keys: string[];
  need: number;
  /** The phrase is itself negative ("not at inference"): its keys must appear negated. */
  negative: boolean;
  /** With an anchor (a name the prompt already gives), the keys must share its clause. */
  anchor?: string[];
  /** An idea of the model answer: two of its own words, or one with two words the prompt also uses. */
  idea?: boolean;
}

export interface RubricPoint {
  label: string;
  alternatives: Alternative[];
  /** How much the point counts (1 unless derived as the answer's leading idea). */
  weight?: number;
  /** For a yes/no point: the verdict expected for part `part` of the prompt. */
  verdict?: { expected: 'yes' | 'no'; part: number };
}

/** The alternative for one phrase, or undefined when it has no content word. */
export function alternativeOf(phrase: string, anchor?: string[]): Alternative | undefined {
  const a = analyze(phrase);
  const all = [...new Set(a.terms.map((t) => t.key))];
  if (all.length === 0) return undefined;
  // "L1 regularization" is stated by "L1": the category word is optional, never enough alone.
  const specific = all.filter((k) => !CATEGORY.has(k));
  const keys = specific.length > 0 ? specific : all;
  const negative = a.clauses.some((c) => c.words.some((w) => NEGATORS.has(w)));
  const n = keys.length;
  const need = n <= 2 ? n : n <= 4 ? n - 1 : Math.ceil(n * 0.6);
  return anchor ? { keys, need, negative, anchor } : { keys, need, negative };
}
