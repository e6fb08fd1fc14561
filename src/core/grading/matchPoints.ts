import type { Analysis, Term } from './analyze.ts';
import { withinEdits } from './editDistance.ts';
import type { Alternative, RubricPoint } from './keyPoints.ts';
import { lemmaOf, synonymSetsOf } from './lexicon.ts';
import { typoTolerance } from './normalize.ts';
import type { Rubric } from './rubric.ts';

/** The answer's terms grouped by the rubric key they stand for (exactly or through a typo). */
export type AnswerIndex = Map<string, Term[]> & { related?: number };

export function indexAnswer(analysis: Analysis, rubric: Rubric): AnswerIndex {
  const index: AnswerIndex = new Map();
  const typos = typoTable(rubric);
  let related = 0;
  for (const term of analysis.terms) {
    // A question inside an answer ("does it slow inference?") asserts nothing.
    if (analysis.clauses[term.clause]?.question) continue;
    let key: string | undefined = term.key;
    if (!rubric.vocab.has(key)) key = typos.keyOf(term.word);
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

/** Distinct words remembered per rubric; past this the memory starts afresh, so it stays bounded. */
export const TYPO_MEMORY = 5_000;

/**
 * Typo matching for one rubric: the written forms that can carry a typo, by length,
 * and what each word seen so far matched. A word's typo key depends only on the word
 * and the rubric, and the same words recur across answers, so it is worked out once.
 */
class TypoTable {
  /** Per length: forms long enough to tolerate a typo, in rubric order (the first match wins). */
  private readonly forms = new Map<number, string[]>();
  private readonly keys = new Map<number, string[]>();
  /** null: the word matches no form. */
  private readonly seen = new Map<string, string | null>();

  /** Lemmas of the rubric's written forms, and the WordNet synonym sets they belong to, with their keys. */
  private readonly lemmas = new Map<string, string>();
  private readonly synonymSets = new Map<number, string>();

  constructor(formsByLength: Rubric['formsByLength']) {
    for (const list of formsByLength.values()) {
      for (const { form, key } of list) {
        const lemma = lemmaOf(form);
        if (!this.lemmas.has(lemma)) this.lemmas.set(lemma, key);
        for (const id of synonymSetsOf(lemma) ?? []) if (!this.synonymSets.has(id)) this.synonymSets.set(id, key);
      }
    }
    for (const [len, list] of formsByLength) {
      const usable = list.filter(({ form }) => typoTolerance(form) > 0);
      if (usable.length === 0) continue;
      this.forms.set(len, usable.map((f) => f.form));
      this.keys.set(len, usable.map((f) => f.key));
    }
  }

  get size(): number {
    return this.seen.size;
  }

  /** The rubric key a misspelt word was meant as, if one is within the tolerance for its length. */
  keyOf(word: string): string | undefined {
    const known = this.seen.get(word);
    if (known !== undefined) return known ?? undefined;
    const key = this.search(word);
    if (this.seen.size >= TYPO_MEMORY) this.seen.clear();
    this.seen.set(word, key ?? null);
    return key;
  }

  private search(word: string): string | undefined {
    return this.typo(word) ?? this.synonym(word);
  }

  /** A WordNet synonym of a rubric word ("big" for "large"), compared as lemmas. */
  private synonym(word: string): string | undefined {
    const lemma = lemmaOf(word);
    const same = this.lemmas.get(lemma);
    if (same !== undefined) return same;
    for (const id of synonymSetsOf(lemma) ?? []) {
      const key = this.synonymSets.get(id);
      if (key !== undefined) return key;
    }
    return undefined;
  }

  private typo(word: string): string | undefined {
    const tolerance = typoTolerance(word);
    if (tolerance === 0) return undefined;
    const c0 = word.charCodeAt(0);
    const c1 = word.charCodeAt(1);
    for (let len = word.length - tolerance; len <= word.length + tolerance; len++) {
      const forms = this.forms.get(len);
      if (forms === undefined) continue;
      for (let i = 0; i < forms.length; i++) {
        const form = forms[i] as string;
        // Typos rarely hit both of the first two letters; this skips most candidates cheaply.
        if (form.charCodeAt(0) !== c0 && form.charCodeAt(1) !== c1) continue;
        if (withinEdits(form, word, tolerance)) return (this.keys.get(len) as string[])[i];
      }
    }
    return undefined;
  }
}

const typoTables = new WeakMap<Rubric, TypoTable>();

/** The rubric's typo table, built on first use (rubrics are themselves cached per question). */
export function typoTable(rubric: Rubric): TypoTable {
  let table = typoTables.get(rubric);
  if (!table) {
    table = new TypoTable(rubric.formsByLength);
    typoTables.set(rubric, table);
  }
  return table;
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
