import type { Analysis, Term } from './analyze.ts';
import { editDistance } from './editDistance.ts';
import type { Alternative, RubricPoint } from './keyPoints.ts';
import { typoTolerance } from './normalize.ts';
import type { Rubric } from './rubric.ts';

/** The answer's terms grouped by the rubric key they stand for (exactly or through a typo). */
export type AnswerIndex = Map<string, Term[]> & { related?: number };

export function indexAnswer(analysis: Analysis, rubric: Rubric): AnswerIndex {
  const index: AnswerIndex = new Map();
  const typoCache = new Map<string, string | undefined>();
  let related = 0;
  for (const term of analysis.terms) {
    // A question inside an answer ("does it slow inference?") asserts nothing.
    if (analysis.clauses[term.clause]?.question) continue;
    let key: string | undefined = term.key;
    if (!rubric.vocab.has(key)) {
      if (typoCache.has(term.word)) key = typoCache.get(term.word);
      else {
        key = typoKey(term, rubric.formsByLength);
        typoCache.set(term.word, key);
      }
    }
    if (key === undefined) {
      if (rubric.related.has(term.key)) related++;
      continue;
    }
    related++;
    const list = index.get(key);
    if (list) list.push(term);
    else index.set(key, [term]);
  }
  index.related = related;
  return index;
}

/** The rubric key a misspelt word was meant as, if one is within the tolerance for its length. */
function typoKey(term: Term, formsByLength: Rubric['formsByLength']): string | undefined {
  const word = term.word;
  const tolerance = typoTolerance(word);
  if (tolerance === 0) return undefined;
  for (let len = word.length - tolerance; len <= word.length + tolerance; len++) {
    for (const { form, key } of formsByLength.get(len) ?? []) {
      // Typos rarely hit both of the first two letters; this skips most candidates cheaply.
      if ((form.charCodeAt(0) !== word.charCodeAt(0) && form.charCodeAt(1) !== word.charCodeAt(1)) || typoTolerance(form) === 0) continue;
      if (editDistance(form, word, tolerance) <= tolerance) return key;
    }
  }
  return undefined;
}

/** Whether an alternative is stated in the answer; prompt words alone never state it. */
export function alternativeMatched(alt: Alternative, index: AnswerIndex, promptKeys: Set<string>): boolean {
  if (alt.anchor) return anchoredMatch(alt, index);
  // A negative phrase ("not at inference") needs a negation. A positive one does not mind one:
  // students state ideas by negation ("never breaks symmetry", "neurons don't die"); the
  // polarity of yes/no verdicts is read separately.
  let found = 0;
  let own = 0;
  let negated = false;
  for (const key of alt.keys) {
    const terms = index.get(key);
    if (!terms) continue;
    found++;
    if (terms.some((t) => t.negated)) negated = true;
    if (!promptKeys.has(key)) own++;
  }
  if (alt.idea) return own >= 2 || (own >= 1 && found >= 3);
  const allPrompt = alt.keys.every((k) => promptKeys.has(k));
  return found >= alt.need && (own > 0 || allPrompt) && (!alt.negative || negated);
}

/** A named thing plus something said about it, in the same clause ("tanh: zero-centred"). */
function anchoredMatch(alt: Alternative, index: AnswerIndex): boolean {
  const anchor = alt.anchor ?? [];
  const clauses = new Set<number>();
  for (const t of index.get(anchor[0] ?? '') ?? []) if (!t.denied) clauses.add(t.clause);
  for (const clause of clauses) {
    if (!anchor.every((k) => (index.get(k) ?? []).some((t) => t.clause === clause))) continue;
    let found = 0;
    for (const key of alt.keys) if ((index.get(key) ?? []).some((t) => t.clause === clause && !t.denied)) found++;
    if (found >= alt.need) return true;
  }
  return false;
}

export function pointMatched(point: RubricPoint, index: AnswerIndex, promptKeys: Set<string>): boolean {
  return point.alternatives.some((a) => alternativeMatched(a, index, promptKeys));
}
