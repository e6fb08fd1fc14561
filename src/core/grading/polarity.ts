import type { Analysis, Clause } from './analyze.ts';
import { BAD_WORDS, GOOD_WORDS, NEGATORS, NO_WORDS, YES_WORDS } from './words.ts';

/** What an answer asserts for one yes/no question: 'both' commits to none. */
export type Polarity = 'yes' | 'no' | 'both' | 'none';

/** One yes/no question of a prompt, as the polarity reader needs it. */
export interface VerdictPart {
  /** Keys naming what this part is about ("train", "inference"); empty for a single part. */
  topic: Set<string>;
  /** Keys of the question's predicate ("slow"); asserting it means yes, negating it means no. */
  predicate: Set<string>;
}

/** A clause's lean (weak: judging words) and its explicit yes/no words (strong). */
interface Signal {
  value: number;
  yes: boolean;
  no: boolean;
}

const NEGATION_REACH = 3;
// "no problem", "no doubt" answer yes; "no need" decides nothing.
const NO_THEN_YES = new Set(['problem', 'problems', 'doubt', 'issue', 'issues', 'harm', 'worries', 'worry']);
const NO_THEN_NOTHING = new Set(['need', 'idea', 'clue', 'matter']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'should', 'must', 'can', 'could', 'would', 'will', 'shall', 'need', 'it', 's']);

// Which of the lists above a word is in, gathered in one table: one lookup per word instead of several.
const YES = 1;
const NO = 2;
const GOOD = 4;
const BAD = 8;
const NEGATOR = 16;
const WORD_FLAGS = new Map<string, number>();
for (const [words, bit] of [[YES_WORDS, YES], [NO_WORDS, NO], [GOOD_WORDS, GOOD], [BAD_WORDS, BAD], [NEGATORS, NEGATOR]] as const) {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}
/** Flags of the words being read, reused across calls and grown for a longer clause. */
let rangeFlags = new Uint8Array(256);

/** The polarity of words [from, to) of a clause. */
function signalOf(clause: Clause, from: number, to: number, predicate: Set<string>): Signal {
  const { words, wordKeys } = clause;
  if (rangeFlags.length < to - from) rangeFlags = new Uint8Array((to - from) * 2);
  const flags = rangeFlags;
  let value = 0;
  let yes = false;
  let no = false;
  for (let i = from; i < to; i++) {
    const w = words[i] as string;
    const f = WORD_FLAGS.get(w) ?? 0;
    flags[i - from] = f;
    const edge = i - from <= 1 || (i === to - 1 && to - from <= 4);
    if (edge && (f & YES) !== 0) {
      yes = true;
      continue;
    }
    if (edge && (f & NO) !== 0) {
      const next = words[i + 1] ?? '';
      if (NO_THEN_NOTHING.has(next)) continue;
      if (NO_THEN_YES.has(next)) value += 1;
      else no = true;
      continue;
    }
    if ((f & GOOD) !== 0 || GOOD_WORDS.has(wordKeys[i] as string)) value += negatedAt(flags, i - from) ? -1 : 1;
    else if ((f & BAD) !== 0) value += negatedAt(flags, i - from) && !NO_THEN_YES.has(w) ? 1 : -1;
    else if (predicate.has(wordKeys[i] as string)) value += negatedAt(flags, i - from) ? -1 : 1;
    else if ((f & NEGATOR) !== 0 && ((i > from && AUXILIARIES.has(words[i - 1] as string)) || to - from <= 4) && !hasJudgedWordAfter(clause, i, to, predicate)) {
      // "it does not", "you shouldn't", "but not inference": a bare negation decides.
      value -= 1;
    }
  }
  return { value: Math.sign(value), yes, no };
}

const strong = (s: Signal): boolean => s.yes || s.no;

/** A negator among the few words before position `at` of the range `flags` describes. */
function negatedAt(flags: Uint8Array, at: number): boolean {
  for (let j = Math.max(0, at - NEGATION_REACH); j < at; j++) if ((flags[j]! & NEGATOR) !== 0) return true;
  return false;
}

function hasJudgedWordAfter(clause: Clause, i: number, to: number, predicate: Set<string>): boolean {
  // "don't need to", "doesn't have to": not a verdict either way.
  const next = clause.words[i + 1];
  if (next === 'need' || next === 'have' || next === 'necessarily') return true;
  for (let j = i + 1; j < Math.min(to, i + 1 + NEGATION_REACH); j++) {
    const w = clause.words[j] as string;
    if (GOOD_WORDS.has(w) || BAD_WORDS.has(w) || predicate.has(clause.wordKeys[j] as string) || GOOD_WORDS.has(clause.wordKeys[j] as string)) return true;
  }
  return false;
}

/** Explicit yes/no words decide; judging words only when there are none. */
function combine(signals: Signal[]): Polarity {
  let yes = signals.some((s) => s.yes);
  let no = signals.some((s) => s.no);
  if (!yes && !no) {
    // Without a yes or no, the first judging clause states the verdict; later ones explain it
    // ("not a good idea ... the symmetry is never broken").
    const first = signals.find((s) => s.value !== 0);
    yes = first !== undefined && first.value > 0;
    no = first !== undefined && first.value < 0;
  }
  return yes && no ? 'both' : yes ? 'yes' : no ? 'no' : 'none';
}

/** The verdict an answer gives to a single yes/no question. */
export function readPolarity(analysis: Analysis, predicate: Set<string>): Polarity {
  const signals: Signal[] = [];
  for (const clause of analysis.clauses) {
    if (clause.question) continue;
    const s = signalOf(clause, 0, clause.words.length, predicate);
    // Reasons ("because it is not symmetric") do not decide, unless they open with yes/no.
    if (clause.subordinate && !strong(s)) continue;
    signals.push(s);
  }
  return combine(signals);
}

/**
 * The verdict an answer gives to each part of a multi-part yes/no question
 * ("Does it slow training? Does it slow inference?"): clauses go to the part
 * whose topic they name; only when no clause names a topic are bare yes/no
 * words read in question order ("yes and no").
 */
export function readPartPolarities(analysis: Analysis, parts: VerdictPart[]): Polarity[] {
  const perPart: Signal[][] = parts.map(() => []);
  const loose: Signal[] = [];
  // A clause that names one part and decides nothing ("Inference?", "for training:") waits for a yes/no.
  let waiting: number | undefined;
  // "Yes, it saves everything, untracked and staged": the verdict just before carries over.
  let before: Signal | undefined;
  for (const clause of analysis.clauses) {
    const mentions = topicMentions(clause, parts);
    const carried = before;
    before = undefined;
    if (mentions.length === 0) {
      if (clause.question || clause.subordinate) continue;
      const said = decisionWords(clause);
      const lean = signalOf(clause, 0, clause.words.length, parts[0]?.predicate ?? new Set());
      if (lean.value !== 0 || strong(lean)) before = lean;
      if (said.length === 0) continue;
      if (waiting !== undefined) (perPart[waiting] as Signal[]).push(said.shift() as Signal);
      waiting = undefined;
      loose.push(...said);
      continue;
    }
    waiting = undefined;
    if (clause.question) {
      if (mentions.length === 1) waiting = (mentions[0] as { part: number }).part;
      continue;
    }
    // Cut the clause between topic mentions: "yes for training and no for inference".
    let previous: Signal | undefined;
    mentions.forEach((m, k) => {
      const from = k === 0 ? 0 : cutPoint(clause, (mentions[k - 1] as { at: number }).at, m.at);
      const to = k === mentions.length - 1 ? clause.words.length : cutPoint(clause, m.at, (mentions[k + 1] as { at: number }).at);
      let s = signalOf(clause, from, to, (parts[m.part] as VerdictPart).predicate);
      if (clause.subordinate && !strong(s)) s = { value: 0, yes: false, no: false };
      // "it slows training and inference": the second topic shares the first one's verdict.
      if (s.value === 0 && !strong(s)) s = previous ?? carried ?? s;
      previous = s;
      (perPart[m.part] as Signal[]).push(s);
      if (mentions.length === 1 && s.value === 0 && !strong(s)) waiting = m.part;
    });
  }
  const result = perPart.map(combine);
  if (loose.length === 0 || result.some((p) => p !== 'none')) return result;
  // A lone "no" to two questions answers the first; more words than parts commit to nothing.
  if (loose.length > parts.length) return result.map(() => 'both');
  return result.map((_, i) => (i < loose.length ? combine([loose[i] as Signal]) : 'none'));
}

function topicMentions(clause: Clause, parts: VerdictPart[]): Array<{ at: number; part: number }> {
  const mentions: Array<{ at: number; part: number }> = [];
  clause.wordKeys.forEach((key, at) => {
    const part = parts.findIndex((p) => p.topic.has(key));
    if (part >= 0 && !mentions.some((m) => m.part === part)) mentions.push({ at, part });
  });
  return mentions;
}

/** Each yes/no word of a clause, in order. */
function decisionWords(clause: Clause): Signal[] {
  const out: Signal[] = [];
  clause.words.forEach((w, i) => {
    if (YES_WORDS.has(w)) out.push({ value: 1, yes: true, no: false });
    else if (NO_WORDS.has(w) && !NO_THEN_NOTHING.has(clause.words[i + 1] ?? '')) out.push({ value: -1, yes: false, no: true });
  });
  return out;
}

/** Where to split between two topic mentions: after the first's verdict word, else at a conjunction. */
function cutPoint(clause: Clause, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const w = clause.words[i] as string;
    if (w === 'and' || w === 'but' || w === 'or' || w === 'while') return i;
  }
  return a + 1;
}
