import type { Question } from '../deck.ts';
import { msg } from '../text.ts';
import { analyze, type Term } from './analyze.ts';
import { answerWordsOf } from './answerWords.ts';
import { withinEdits } from './editDistance.ts';
import { withGlossary } from './glossary.ts';
import type { Grade, GradeReason, Verdict } from './grader.ts';
import { readAnswer } from './gradeOpen.ts';
import { oppositesOf, synonymSetsOf } from './lexicon.ts';
import { foldText, typoTolerance } from './normalize.ts';
import { PROMPT_DISCOUNT } from './references.ts';
import { rubricFor } from './rubric.ts';

/** A reviewer's verdict on one answer to a question: 1 correct, 0.5 partial, 0 incorrect. */
export interface Decision {
  answer: string;
  label: 1 | 0.5 | 0;
}

/**
 * The least likeness at which an answer is graded like a decided one. Chosen on the
 * train splits of Beetle and SciEntsBank (each train answer graded with the other train
 * answers of its question as decisions), see eval/grading/README.md.
 */
export const DECISION_THRESHOLD = 0.35;

/** Share of the likeness given by adjacent word pairs (word order); the rest by single words. */
const PAIRS = 0.2;
/** A word matched by its lemma, a synonym or a typo counts this much of an exact one. */
const SOFT = 0.8;
/**
 * How much words one answer adds count against the likeness, where adding is harmless:
 * an answer that says all an accepted one says and more, or a part of what a rejected one says.
 */
const ADDED = 0.5;
/** typoTolerance gives words shorter than this none (and a typo changes length by at most 2). */
const MIN_TYPO_LENGTH = 3;
/** Distinct decided answers whose reading is remembered per question; past this it starts afresh. */
const PROFILES_PER_QUESTION = 5_000;
/** A thing named by a number or a single letter that is not a word ("terminal 4", "bulb C"). */
const NAME = /^(?:\d+|[b-hj-z])$/;
/** A decision about other text must not overrule these rules. */
const NEVER_OVERRULED = new Set<GradeReason>(['empty', 'idk', 'injection']);
/** Rules that zero an answer for taking the other position. */
const OPPOSED = new Set<GradeReason | undefined>(['contradiction', 'both-verdicts']);

/** One distinct content word as the comparison reads it. */
interface Entry {
  /** Its key, after "!" when negated: "not connected" is another feature than "connected". */
  feature: string;
  negated: boolean;
  lemma: string;
  word: string;
  /** How much it says (informationOf), less when the question already gives it. */
  weight: number;
  synonyms: readonly number[] | undefined;
  /** Edits a typo of it may make (0: none). */
  tolerance: number;
}

/** An answer or a decided answer, read once for comparison. */
export interface Profile {
  /** Folded text: an answer written the same way is the same answer whatever its words. */
  folded: string;
  entries: Entry[];
  words: Map<string, number>;
  wordTotal: number;
  /** Adjacent content-word pairs of one clause, weighed by their lighter word. */
  pairs: Map<string, number>;
  pairTotal: number;
  /** Keys stated plainly, and negated. */
  plain: Set<string>;
  negated: Set<string>;
  /** Lemmas used, and every WordNet opposite of them. */
  lemmas: Set<string>;
  opposites: Set<string>;
  /** Things named by number or letter, sorted. */
  names: string;
  /** What the grader reads in it: key points made and said the other way round, and the rule that zeroed it. */
  matched: string;
  contradicted: string;
  reason: GradeReason | undefined;
}

/** The nearest decided answer that says the same thing. */
export interface Nearest {
  label: Decision['label'];
  /** In [0, 1]; 1 for the same text. */
  similarity: number;
}

const profiles = new WeakMap<Question, Map<string, Profile>>();

/**
 * The grade adjusted by the reviewers' decisions on its question. An answer that says the
 * same thing as a decided one (the same key points made, none said the other way round, no
 * word negated or turned into its opposite, the same things named, and close in wording)
 * takes that decision's verdict and score, with feedback saying so; the nearest such answer
 * decides, and ties go to the lower label. No decision spreads to an answer the grader finds
 * contradicted, nor overrules an empty, "I don't know" or score-dictating answer.
 * Returns `grade` itself when no decision applies.
 */
export function applyDecisions(question: Question, answer: string, grade: Grade, decisions: readonly Decision[], threshold = DECISION_THRESHOLD): Grade {
  if (decisions.length === 0) return grade;
  const nearest = nearestDecision(question, answer, grade, decisions, threshold);
  if (!nearest) return grade;
  return gradedLike(grade, nearest);
}

/** The nearest decided answer pointing the same way, at least `floor` alike (0 for any, as when tuning the threshold). */
export function nearestDecision(question: Question, answer: string, grade: Grade, decisions: readonly Decision[], floor = 0): Nearest | undefined {
  if (grade.reason !== undefined && NEVER_OVERRULED.has(grade.reason)) return undefined;
  // Said the other way round, by the grader's reading: no decision about another answer spreads to it.
  if (grade.contradicted.length > 0 || OPPOSED.has(grade.reason)) return undefined;
  const text = typeof answer === 'string' ? answer : '';
  // Short and choice answers are matched exactly: a reviewer accepting "Paris, France" says nothing of "Lyon".
  if (question.type !== 'open') return exactDecision(question, foldedKey(text), decisions, floor);
  const mine = profileOf(question, text, grade);
  let best: Nearest | undefined;
  for (const d of decisions) {
    const theirs = decidedProfile(question, d.answer);
    let s: number | undefined = 1;
    if (mine.folded !== theirs.folded) {
      if (!sameReading(mine, theirs)) continue;
      // Only a decision that can come as near as the nearest so far is worth the rest of the comparison.
      s = similarity(mine, theirs, d.label, Math.max(floor, best?.similarity ?? 0));
      if (s === undefined || !sameWay(mine, theirs)) continue;
    }
    if (s < floor) continue;
    if (!best || s > best.similarity || (s === best.similarity && d.label < best.label)) best = { label: d.label, similarity: s };
  }
  return best;
}

/** A decision on an answer written the same way (the lowest label when several), for questions matched exactly. */
function exactDecision(question: Question, key: string, decisions: readonly Decision[], floor: number): Nearest | undefined {
  if (floor > 1) return undefined;
  let label: Decision['label'] | undefined;
  for (const d of decisions) if (decidedKey(question, d.answer) === key && (label === undefined || d.label < label)) label = d.label;
  return label === undefined ? undefined : { label, similarity: 1 };
}

/** Folded text without punctuation: an answer written the same way is the same answer whatever its words. */
const keyOfFolded = (folded: string): string => folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const foldedKey = (text: string): string => keyOfFolded(foldText(text));

const keys = new WeakMap<Question, Map<string, string>>();

function decidedKey(question: Question, answer: string): string {
  let byText = keys.get(question);
  if (!byText) keys.set(question, (byText = new Map()));
  let k = byText.get(answer);
  if (k === undefined) {
    k = foldedKey(answer);
    if (byText.size >= PROFILES_PER_QUESTION) byText.clear();
    byText.set(answer, k);
  }
  return k;
}

const VERDICT: Record<Decision['label'], Verdict> = { 1: 'correct', 0.5: 'partial', 0: 'incorrect' };
const LIKE = { 1: 'grade.likeAccepted', 0.5: 'grade.likePartial', 0: 'grade.likeRejected' } as const;

function gradedLike(grade: Grade, { label, similarity }: Nearest): Grade {
  const verdict = VERDICT[label];
  // A partial grade keeps the grader's share of points; otherwise the reviewer's label is the score.
  const score = label === 0.5 && grade.verdict === 'partial' ? grade.score : label;
  const { reason, ...rest } = grade;
  return {
    ...rest,
    // A rule's reason explains a zero, so it stays only with one.
    ...(label === 0 && reason !== undefined ? { reason } : {}),
    verdict,
    score,
    feedback: msg(LIKE[label], { grade: grade.feedback }),
    confidence: Math.max(grade.verdict === verdict ? grade.confidence : 0, likeConfidence(similarity)),
  };
}

/**
 * How sure a grade taken from a decision is, from its likeness: on the train splits the
 * nearest decision's label was right 55–80% of the time just past the threshold, and
 * 85–98% for the same words; this gives 0.69 at the threshold and 0.95 for the same words.
 */
export function likeConfidence(similarity: number): number {
  return Math.round(Math.min(1, 0.55 + 0.4 * similarity) * 1000) / 1000;
}

function decidedProfile(question: Question, answer: string): Profile {
  let byText = profiles.get(question);
  if (!byText) profiles.set(question, (byText = new Map()));
  let p = byText.get(answer);
  if (!p) {
    p = profileOf(question, answer);
    if (byText.size >= PROFILES_PER_QUESTION) byText.clear();
    byText.set(answer, p);
  }
  return p;
}

/** Reads a text for comparison; its grade, when known, saves reading it against the rubric again. */
export function profileOf(question: Question, text: string, grade?: Grade): Profile {
  const rubric = rubricFor(question);
  const analysis = withGlossary(analyze(text), question.glossary);
  const aw = answerWordsOf(analysis);
  const words = new Map<string, number>();
  const entries: Entry[] = [];
  const plain = new Set<string>();
  const negated = new Set<string>();
  const lemmas = new Set<string>();
  const opposites = new Set<string>();
  const names = new Set<string>();
  const featureOf = (t: Term): string => (t.negated ? `!${t.key}` : t.key);
  aw.terms.forEach((t, i) => {
    const weight = (aw.information[i] as number) * (rubric.promptKeys.has(t.key) ? PROMPT_DISCOUNT : 1);
    const feature = featureOf(t);
    const lemma = aw.lemmas[i] as string;
    if (!words.has(feature)) entries.push({ feature, negated: t.negated, lemma, word: t.word, weight, synonyms: synonymSetsOf(lemma), tolerance: typoTolerance(t.word) });
    words.set(feature, Math.max(words.get(feature) ?? 0, weight));
    (t.negated ? negated : plain).add(t.key);
    lemmas.add(lemma);
    for (const o of oppositesOf(lemma) ?? []) opposites.add(o);
    if (NAME.test(t.word)) names.add(t.word);
  });
  const pairs = new Map<string, number>();
  for (let i = 1; i < aw.terms.length; i++) {
    const a = aw.terms[i - 1] as Term;
    const b = aw.terms[i] as Term;
    if (a.clause !== b.clause || a.key === b.key) continue;
    pairs.set(`${featureOf(a)} ${featureOf(b)}`, Math.min(words.get(featureOf(a)) as number, words.get(featureOf(b)) as number));
  }
  const read = grade ?? readOf(question, text);
  return {
    folded: keyOfFolded(analysis.folded),
    entries,
    words,
    wordTotal: sum(words),
    pairs,
    pairTotal: sum(pairs),
    plain,
    negated,
    lemmas,
    opposites,
    names: [...names].sort().join(' '),
    matched: [...read.matched].sort().join('\n'),
    contradicted: [...read.contradicted].sort().join('\n'),
    reason: read.reason,
  };
}

function readOf(question: Question, text: string): { matched: string[]; contradicted: string[]; reason: GradeReason | undefined } {
  if (question.type !== 'open') return { matched: [], contradicted: [], reason: undefined };
  const r = readAnswer(question, text);
  if (r.zero !== undefined) return { matched: [], contradicted: r.contradicted ?? [], reason: r.zero };
  return { matched: r.matched, contradicted: r.contradicted, reason: undefined };
}

/**
 * Whether two answers say the same thing the same way, as far as the grader reads them:
 * the same key points made and said the other way round, no word said plainly in one and
 * only negated in the other, none the opposite of a word of the other, the same things named.
 */
export function sameDirection(a: Profile, b: Profile): boolean {
  return sameReading(a, b) && sameWay(a, b);
}

/** The grader reads the same points made and contradicted in both, and they name the same things. */
function sameReading(a: Profile, b: Profile): boolean {
  if (a.matched !== b.matched || a.contradicted !== b.contradicted) return false;
  if (OPPOSED.has(a.reason) !== OPPOSED.has(b.reason)) return false;
  return a.names === b.names || a.names === '' || b.names === '';
}

/** No word negated in one and stated plainly in the other, none the opposite of a word of the other. */
function sameWay(a: Profile, b: Profile): boolean {
  return !flipped(a, b) && !flipped(b, a) && !opposed(a, b) && !opposed(b, a);
}

/** A word `a` states only plainly that `b` states only negated. */
function flipped(a: Profile, b: Profile): boolean {
  for (const k of a.plain) if (!a.negated.has(k) && b.negated.has(k) && !b.plain.has(k)) return true;
  return false;
}

/** `a` uses the opposite of a word of `b` that `a` does not use itself ("open" against "closed"). */
function opposed(a: Profile, b: Profile): boolean {
  for (const l of b.lemmas) if (a.opposites.has(l) && !a.lemmas.has(l)) return true;
  return false;
}

/**
 * How close `answer` is to a decided answer with `label`, in [0, 1]: the weighted words
 * both state (exactly, or by lemma, synonym or typo), and word pairs both state, over all
 * they state (Tversky's index). Words the answer adds beyond an accepted answer, or leaves
 * out of a rejected one, count half: saying more than a right answer or less than a wrong
 * one does not make an answer differ from it as much. Undefined when it cannot reach `floor`.
 */
export function similarity(answer: Profile, decided: Profile, label: Decision['label'], floor = 0): number | undefined {
  if (answer.folded === decided.folded) return 1;
  const exact = exactWords(answer, decided);
  // Words matched other than exactly count at most SOFT of the lighter side left over.
  const most = exact.shared + SOFT * Math.min(answer.wordTotal - exact.answerShare, decided.wordTotal - exact.decidedShare);
  const withPairs = answer.pairTotal > 0 || decided.pairTotal > 0;
  const bound = (words: number): number => (withPairs ? (1 - PAIRS) * words + PAIRS : words);
  if (bound(tversky(most, answer.wordTotal, decided.wordTotal, label)) < floor) return undefined;
  const words = tversky(exact.shared + (exact.rest ? softWords(answer, decided, exact.rest) : 0), answer.wordTotal, decided.wordTotal, label);
  if (!withPairs) return words;
  return (1 - PAIRS) * words + PAIRS * tversky(sharedPairs(answer.pairs, decided.pairs), answer.pairTotal, decided.pairTotal, label);
}

function tversky(shared: number, answerTotal: number, decidedTotal: number, label: Decision['label']): number {
  const added = answerTotal - shared;
  const left = decidedTotal - shared;
  const apart = label === 1 ? ADDED * added + left : label === 0 ? added + ADDED * left : added + left;
  return shared + apart > 0 ? shared / (shared + apart) : 0;
}

/** The words both state exactly: the weight shared, each side's weight of them, and the decided answer's other words. */
function exactWords(a: Profile, b: Profile): { shared: number; answerShare: number; decidedShare: number; rest: Entry[] | undefined } {
  let shared = 0;
  let answerShare = 0;
  let decidedShare = 0;
  let rest: Entry[] | undefined;
  for (const f of b.entries) {
    const w = a.words.get(f.feature);
    if (w === undefined) (rest ??= []).push(f);
    else {
      shared += Math.min(f.weight, w);
      answerShare += w;
      decidedShare += f.weight;
    }
  }
  return { shared, answerShare, decidedShare, rest };
}

/** Weight of the decided answer's other words the answer states by lemma, synonym or typo (each of its words used once). */
function softWords(a: Profile, b: Profile, rest: Entry[]): number {
  const index = softIndexOf(a);
  let shared = 0;
  let used: Set<Entry> | undefined;
  const free = (e: Entry): boolean => !b.words.has(e.feature) && !used?.has(e);
  for (const f of rest) {
    const sign = f.negated ? '!' : '';
    let match = index.byLemma.get(sign + f.lemma)?.find(free);
    for (const id of f.synonyms ?? []) match ??= index.bySynonym.get(sign + id)?.find(free);
    if (!match && f.word.length >= MIN_TYPO_LENGTH) {
      for (const e of index.typos) {
        const tolerance = e.tolerance;
        if (e.negated === f.negated && e.word.charCodeAt(0) === f.word.charCodeAt(0) && Math.abs(e.word.length - f.word.length) <= tolerance && free(e) && withinEdits(e.word, f.word, tolerance)) {
          match = e;
          break;
        }
      }
    }
    if (match) {
      shared += SOFT * Math.min(match.weight, f.weight);
      (used ??= new Set()).add(match);
    }
  }
  return shared;
}

/** An answer's words by lemma and synonym set (negated ones under "!"), and those long enough for a typo. */
interface SoftIndex {
  byLemma: Map<string, Entry[]>;
  bySynonym: Map<string, Entry[]>;
  typos: Entry[];
}

const softIndexes = new WeakMap<Profile, SoftIndex>();

function softIndexOf(p: Profile): SoftIndex {
  let index = softIndexes.get(p);
  if (!index) {
    index = { byLemma: new Map(), bySynonym: new Map(), typos: [] };
    for (const e of p.entries) {
      const sign = e.negated ? '!' : '';
      push(index.byLemma, sign + e.lemma, e);
      for (const id of e.synonyms ?? []) push(index.bySynonym, sign + id, e);
      if (e.tolerance > 0) index.typos.push(e);
    }
    softIndexes.set(p, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sharedPairs(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return shared;
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
