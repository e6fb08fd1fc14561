import type { KeyPoint, Question } from '../deck.ts';
import { alternativeOf, type RubricPoint } from './keyPoints.ts';
import { analyze } from './analyze.ts';
import { derivePoints } from './derivePoints.ts';
import { lemmaOf } from './lexicon.ts';
import { foldText, wordsOf } from './normalize.ts';
import type { VerdictPart } from './polarity.ts';
import { promptParts } from './promptParts.ts';
import { NO_WORDS, YES_WORDS } from './words.ts';

export type { Alternative, RubricPoint } from './keyPoints.ts';

export interface Rubric {
  points: RubricPoint[];
  /** Weight of key points a fully correct answer must hold (the rest are extra). */
  needed: number;
  parts: VerdictPart[];
  promptKeys: Set<string>;
  /** Every key the rubric can match, with the written forms it came from. */
  vocab: Map<string, Set<string>>;
  /** Those written forms with their dictionary forms, for reading opposites. */
  formLemmas: Map<string, Array<{ form: string; lemma: string }>>;
  /** Those written forms by length, for typo matching: a typo only changes length by 1 or 2. */
  formsByLength: Map<number, Array<{ form: string; key: string }>>;
  /** Keys of the prompt and model answer: what an on-topic answer talks about. */
  related: Set<string>;
  /** The prompt asks to name or list things: a bare list is a fine answer. */
  asksToName: boolean;
  /** Folded prompt words, for spotting an answer that copies the question. */
  promptWords: string[];
  /** The deck states the key points (rather than the grader deriving them). */
  stated: boolean;
  /** Keys a model answer itself states negated: denying them agrees with it. */
  negatedInModel: Set<string>;
}

const cache = new WeakMap<Question, Rubric>();

/** The rubric for a question, built once per Question object. */
export function rubricFor(question: Question): Rubric {
  let rubric = cache.get(question);
  if (!rubric) {
    rubric = buildRubric(question);
    cache.set(question, rubric);
  }
  return rubric;
}

// "What does X do?" explains; "What are three...?" names (caught by the count).
const NAME_VERBS = new Set(['name', 'list', 'give', 'state', 'mention', 'enumerate', 'identify', 'which']);
const EXPLAIN_WORDS = new Set(['why', 'how', 'explain', 'describe', 'happen', 'cases', 'when', 'difference', 'compare']);

export function buildRubric(question: Question): Rubric {
  const prompt = analyze(question.prompt);
  const promptKeys = new Set(prompt.keys);
  const parts = promptParts(question.prompt);
  const points =
    question.keyPoints.length > 0 ? explicitPoints(question.keyPoints, parts) : derivePoints(question, parts, promptKeys);
  // Only keys some point can use are worth matching (and typo-checking) in an answer.
  const vocab = new Map<string, Set<string>>();
  for (const p of points) for (const a of p.alternatives) for (const key of [...a.keys, ...(a.anchor ?? [])]) vocab.set(key, new Set([key]));
  const addForms = (text: string): void => {
    for (const t of analyze(text).terms) vocab.get(t.key)?.add(t.word);
  };
  for (const k of question.keyPoints) [k.label, ...k.aliases].forEach(addForms);
  addForms(question.answer);
  addForms(question.prompt);
  const formLemmas = new Map<string, Array<{ form: string; lemma: string }>>();
  for (const [key, forms] of vocab) formLemmas.set(key, [...forms].map((form) => ({ form, lemma: lemmaOf(form) })));
  const formsByLength = new Map<number, Array<{ form: string; key: string }>>();
  for (const [key, forms] of vocab) {
    for (const form of forms) {
      const list = formsByLength.get(form.length) ?? [];
      list.push({ form, key });
      formsByLength.set(form.length, list);
    }
  }
  const related = new Set<string>([...promptKeys, ...analyze(question.answer).keys, ...vocab.keys()]);

  const promptWords = wordsOf(foldText(question.prompt));
  const first = promptWords[0] ?? '';
  const asked = askedCount(promptWords);
  const asksToName =
    (NAME_VERBS.has(first) || asked !== undefined) && !promptWords.some((w) => EXPLAIN_WORDS.has(w));
  const negatedInModel = new Set<string>();
  for (const text of [question.answer, ...(question.type === 'open' ? question.accepted : [])]) {
    for (const t of analyze(text).terms) if (t.negated) negatedInModel.add(t.key);
  }
  return { points, needed: neededCount(points, promptWords, asked), parts, promptKeys, vocab, formLemmas, formsByLength, related, asksToName, promptWords, negatedInModel, stated: question.keyPoints.length > 0 };
}

/** "Name three ways..." asks for 3. */
function askedCount(words: string[]): number | undefined {
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const n = Number(words[i]);
    if (Number.isInteger(n) && n > 1 && n < 20) return n;
  }
  return undefined;
}

/**
 * How many points make an answer fully correct: all the prompt asks for when it
 * names a count, most of them when it says "each", otherwise two thirds (a teacher
 * accepts the verdict and the main reason without every supporting detail).
 */
function neededCount(points: RubricPoint[], promptWords: string[], asked: number | undefined): number {
  const n = points.length;
  if (n === 0) return 0;
  // Derived ideas with a leading one: the leading idea, or two supporting ones.
  if (points.some((p) => (p.weight ?? 1) > 1)) return 2;
  if (asked !== undefined) return Math.min(asked, n);
  if (promptWords.includes('each') || promptWords.includes('every')) return Math.max(1, Math.ceil(n * 0.8));
  return Math.max(1, Math.ceil((n * 2) / 3));
}

/** Explicit key points: a label "Yes"/"No" or "training: yes" is a verdict, read by polarity. */
function explicitPoints(keyPoints: KeyPoint[], parts: VerdictPart[]): RubricPoint[] {
  return keyPoints.map((k) => {
    const point: RubricPoint = { label: k.label, alternatives: [] };
    const verdict = verdictOfLabel(k.label, parts);
    if (verdict) point.verdict = verdict;
    const phrases = verdict ? k.aliases : [k.label, ...k.aliases];
    for (const phrase of phrases) {
      const alt = alternativeOf(phrase);
      if (alt) point.alternatives.push(alt);
    }
    return point;
  });
}

function verdictOfLabel(label: string, parts: VerdictPart[]): RubricPoint['verdict'] {
  const folded = foldText(label);
  const words = wordsOf(folded);
  const colon = folded.indexOf(':');
  const head = colon >= 0 ? wordsOf(folded.slice(colon + 1)) : words;
  const said = head[0] ?? '';
  const expected = YES_WORDS.has(said) ? 'yes' : NO_WORDS.has(said) ? 'no' : undefined;
  // "No dying neurons" on a question that asks no yes/no is a point, not a verdict.
  if (!expected || (parts.length === 0 && head.length > 1)) return undefined;
  if (colon < 0 || parts.length <= 1) return { expected, part: 0 };
  const topic = analyze(folded.slice(0, colon)).keys;
  const part = parts.findIndex((p) => [...topic].some((k) => p.topic.has(k)));
  return { expected, part: Math.max(0, part) };
}
