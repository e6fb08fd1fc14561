import { analyze } from './analyze.ts';
import { foldText, wordsOf } from './normalize.ts';
import type { VerdictPart } from './polarity.ts';
import { GOOD_WORDS } from './words.ts';

const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'may', 'might', 'must', 'shall']);
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'these', 'those']);
const QUESTION_END = /[^?]+\?/g;

const CONDITIONS = new Set(['if', 'when', 'given', 'suppose', 'assuming', 'after', 'once']);

/** "If two variables are correlated, does that prove...?": the question after its condition. */
function mainClause(sentence: string): string {
  const comma = sentence.indexOf(',');
  return comma > 0 && CONDITIONS.has(wordsOf(sentence)[0] ?? '') ? sentence.slice(comma + 1) : sentence;
}

/**
 * The yes/no questions in a prompt ("Does dropout slow down training? Does it
 * slow down inference?"), each with the keys that tell it apart from the others.
 */
export function promptParts(prompt: string): VerdictPart[] {
  const sentences = (foldText(prompt).match(QUESTION_END) ?? []).map(mainClause).filter((s) => YES_NO_OPENERS.has(wordsOf(s)[0] ?? ''));
  if (sentences.length === 0) return [];
  const analyses = sentences.map((s) => analyze(s));
  if (analyses.length === 1) {
    const only = analyses[0]!;
    const keys = only.terms.map((t) => t.key);
    // "Is it okay to...": the judgement words decide, not the action described.
    const evaluative = keys.some((k) => GOOD_WORDS.has(k)) || only.terms.some((t) => GOOD_WORDS.has(t.word));
    return [{ topic: new Set(), predicate: evaluative ? new Set() : new Set(keys.slice(1)) }];
  }
  const shared = new Set([...analyses[0]!.keys].filter((k) => analyses.every((o) => o.keys.has(k))));
  // "Does git stash save...? Does it save...?": the subject, named before the shared verb in
  // part one only, is not what tells the parts apart.
  const subject = new Set<string>();
  if (sentences.slice(1).some((s) => PRONOUNS.has(wordsOf(s)[1] ?? ''))) {
    for (const t of analyses[0]!.terms) {
      if (shared.has(t.key)) break;
      subject.add(t.key);
    }
  }
  return analyses.map((a, i) => {
    const others = new Set(analyses.filter((_, j) => j !== i).flatMap((o) => [...o.keys]));
    const topic = new Set([...a.keys].filter((k) => !others.has(k) && !subject.has(k)));
    return { topic: topic.size > 0 ? topic : new Set([...a.keys].filter((k) => !others.has(k))), predicate: shared };
  });
}
