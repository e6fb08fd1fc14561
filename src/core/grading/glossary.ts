import { analyze, type Analysis, type Term } from './analyze.ts';

/** A deck's glossary compiled: each way of writing a term, as keys, with the keys of every other way. */
interface Rule {
  from: string[];
  adds: string[];
}

/** Rules by the first key of the form they look for, so an answer is read once whatever the glossary's size. */
const compiled = new WeakMap<string[][], Map<string, Rule[]>>();

function rulesOf(glossary: string[][]): Map<string, Rule[]> {
  let rules = compiled.get(glossary);
  if (!rules) {
    rules = new Map();
    for (const group of glossary) {
      const variants = group.map((term) => analyze(term).terms.map((t) => t.key)).filter((keys) => keys.length > 0);
      const all = [...new Set(variants.flat())];
      for (const from of variants) {
        const first = from[0] as string;
        rules.set(first, [...(rules.get(first) ?? []), { from, adds: all.filter((k) => !from.includes(k)) }]);
      }
    }
    compiled.set(glossary, rules);
  }
  return rules;
}

/**
 * The answer as the deck's glossary reads it: where it writes one form of a term
 * ("ReLU"), it also states the others ("rectified linear unit"), in the same clause
 * and with the same negation, so a key point or model answer in either form matches.
 */
export function withGlossary(analysis: Analysis, glossary: string[][] | undefined): Analysis {
  if (!glossary || glossary.length === 0) return analysis;
  const extra: Term[] = [];
  const { terms } = analysis;
  const rules = rulesOf(glossary);
  for (let i = 0; i < terms.length; i++) {
    const at = terms[i] as Term;
    for (const rule of rules.get(at.key) ?? []) {
      if (!rule.from.every((k, j) => terms[i + j]?.key === k && terms[i + j]?.clause === at.clause)) continue;
      for (const key of rule.adds) extra.push({ ...at, key });
    }
  }
  if (extra.length === 0) return analysis;
  const keys = new Set(analysis.keys);
  for (const t of extra) keys.add(t.key);
  return { ...analysis, terms: [...terms, ...extra], keys };
}
