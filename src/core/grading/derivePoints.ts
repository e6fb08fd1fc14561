import type { Question } from '../deck.ts';
import { analyze } from './analyze.ts';
import { alternativeOf, type Alternative, type RubricPoint } from './keyPoints.ts';
import { foldText, unabbreviate } from './normalize.ts';
import { readPartPolarities, readPolarity, type VerdictPart } from './polarity.ts';
import { GENERIC } from './words.ts';

const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•])\s+(.*)$/;
const BOLD = /\*\*([^*]+)\*\*/;
const PARENS = /\(([^)]*)\)/g;
const ALSO_KNOWN = /(?:also known as|also called|aka|i\.e\.,?|or)\s+([^),.;]+)/i;
// A dot before a digit ("2.58") is a decimal point, not the end of a sentence.
const SENTENCE = /(?:[^.!?]|[.!?](?=\d))+(?:[.!?]|$)/g;
const MARKDOWN = /\*\*|__|`/g;
const PARAGRAPH = /\n\s*\n/;
const DIGITS = /^\d$/;
const CLAUSE_CUT = /[;:—–]\s+|\s+-\s+/;
const TRAILING_PUNCTUATION = /[.!?,;:]+$/;
const MAX_LABEL_WORDS = 14;
const SPACES = /\s+/;
const MAX_IDEAS = 3;
const MAX_IDEA_KEYS = 10;

/**
 * A rubric derived from the model answer when the deck states no key points:
 * the verdict of each yes/no part, the items of a numbered list, otherwise the
 * ideas of the answer's opening sentences.
 */
export function derivePoints(question: Question, parts: VerdictPart[], promptKeys: Set<string>): RubricPoint[] {
  const points: RubricPoint[] = [...verdictPoints(question, parts)];
  const items = listItems(question.answer, promptKeys);
  if (items.length > 0) return [...points, ...items];
  // Two yes/no parts are the whole question; one verdict also wants its main reasons.
  if (points.length > 1) return points;
  const ideas = ideaPoints(question.answer, promptKeys, points.length > 0 ? MAX_IDEAS - 1 : MAX_IDEAS);
  return [...points, ...ideas];
}

function sentencesOf(text: string): string[] {
  return unabbreviate(text.replace(MARKDOWN, '')).match(SENTENCE) ?? [];
}

function verdictPoints(question: Question, parts: VerdictPart[]): RubricPoint[] {
  if (parts.length === 0) return [];
  const sentences = sentencesOf(question.answer);
  if (parts.length === 1) {
    for (const s of sentences) {
      const p = readPolarity(analyze(s), (parts[0] as VerdictPart).predicate);
      if (p === 'yes' || p === 'no') return [{ label: p === 'yes' ? 'Yes' : 'No', alternatives: [], verdict: { expected: p, part: 0 } }];
    }
    return [];
  }
  // The first sentence that decides a part decides it.
  const found: Array<'yes' | 'no' | undefined> = parts.map(() => undefined);
  for (const s of sentences) {
    readPartPolarities(analyze(s), parts).forEach((p, i) => {
      if (!found[i] && (p === 'yes' || p === 'no')) found[i] = p;
    });
  }
  const points: RubricPoint[] = [];
  found.forEach((expected, i) => {
    if (!expected) return;
    points.push({ label: `${topicName(question.prompt, parts[i] as VerdictPart)}: ${expected}`, alternatives: [], verdict: { expected, part: i } });
  });
  return points;
}

/** The prompt's own word for a part's topic ("training", "inference"). */
function topicName(prompt: string, part: VerdictPart): string {
  for (const t of analyze(prompt).terms) if (part.topic.has(t.key)) return t.word;
  return 'part';
}

interface Item {
  label: string;
  rest: string;
  head: string;
}

function listItems(answer: string, promptKeys: Set<string>): RubricPoint[] {
  const items: Item[] = [];
  for (const line of answer.split('\n')) {
    const m = LIST_ITEM.exec(line);
    if (!m) continue;
    const body = m[1] as string;
    const bold = BOLD.exec(body);
    const colon = body.indexOf(':');
    const head = bold ? (bold[1] as string) : colon > 0 && colon < 60 ? body.slice(0, colon) : firstWords(body, 5);
    const rest = bold ? body.slice((bold.index ?? 0) + bold[0].length) : colon > 0 ? body.slice(colon + 1) : body;
    items.push({ label: head.replace(PARENS, '').replace(MARKDOWN, '').replace(/[:.]\s*$/, '').trim(), rest, head });
  }
  // A word in several items' names ("easier", "the change") tells none of them apart.
  const counts = new Map<string, number>();
  for (const it of items) for (const k of analyze(it.label).keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));

  const points: RubricPoint[] = [];
  for (const { label, rest, head } of items) {
    const headKeys = analyze(label).keys;
    const alternatives: Alternative[] = [];
    if ([...headKeys].every((k) => promptKeys.has(k))) {
      // A name the prompt already lists ("ELU", "tanh") says nothing alone: it needs an idea from its item.
      const support = salientKeys(sentencesOf(rest).slice(0, 2).join(' '), promptKeys, 10);
      if (support.length > 0) alternatives.push({ keys: support, need: 1, negative: false, anchor: [...headKeys] });
    } else {
      alternatives.push(...headingAlternatives(label, shared));
      for (const m of head.matchAll(PARENS)) {
        const a = alternativeOf(m[1] as string);
        if (a) alternatives.push(a);
      }
      const aka = ALSO_KNOWN.exec(firstSentence(rest));
      if (aka) {
        const a = alternativeOf(aka[1] as string);
        if (a) alternatives.push(a);
      }
      // Saying what the item says, without its name, also states it.
      const said = salientKeys(firstSentence(rest), new Set([...promptKeys, ...headKeys]), 6);
      if (said.length >= 3) alternatives.push({ keys: said, need: Math.max(2, Math.ceil(said.length / 2)), negative: false });
    }
    if (alternatives.length > 0) points.push({ label, alternatives });
  }
  return points;
}

/**
 * A list heading's own words: half of them (at least two) state it; a two-word
 * heading is also stated by its head noun, the last word ("code review": "review").
 */
function headingAlternatives(label: string, shared: Set<string>): Alternative[] {
  const alt = alternativeOf(label);
  if (!alt) return [];
  const own = alt.keys.filter((k) => !shared.has(k));
  const keys = own.length > 0 ? own : alt.keys;
  const need = keys.length <= 2 ? keys.length : Math.max(2, Math.ceil(keys.length / 2));
  const out: Alternative[] = [{ keys, need, negative: alt.negative }];
  const head = keys[keys.length - 1] as string;
  if (keys.length === 2 && head.length >= 4) out.push({ keys: [head], need: 1, negative: alt.negative });
  return out;
}

/** One idea per opening sentence of the answer, stated by enough of its salient words. */
function ideaPoints(answer: string, promptKeys: Set<string>, max: number): RubricPoint[] {
  const text = answer.split(PARAGRAPH)[0] ?? '';
  const points: RubricPoint[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    if (points.length >= max) break;
    const own = salientKeys(sentence, promptKeys, MAX_IDEA_KEYS);
    // A sentence that only repeats earlier words adds no idea of its own.
    if (own.filter((k) => !seen.has(k)).length < 2) continue;
    own.forEach((k) => seen.add(k));
    // Prompt words may help state the idea, but matching needs one of its own words (see matchPoints).
    const echoed = [...analyze(sentence).keys].filter((k) => promptKeys.has(k) && !GENERIC.has(k));
    const keys = [...own, ...echoed];
    points.push({
      label: labelOf(sentence, own),
      alternatives: [{ keys, need: 2, negative: false, idea: true }],
      // The opening sentence carries the answer; later ones support it.
      ...(points.length === 0 && max === MAX_IDEAS ? { weight: 2 } : {}),
    });
  }
  return points;
}

/** Content keys of a text that the prompt does not already give and that say something specific. */
function salientKeys(text: string, promptKeys: Set<string>, max: number): string[] {
  const out: string[] = [];
  for (const t of analyze(text).terms) {
    if (promptKeys.has(t.key) || GENERIC.has(t.word) || GENERIC.has(t.key) || out.includes(t.key)) continue;
    if (DIGITS.test(t.key)) continue;
    out.push(t.key);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A readable label: the sentence's clause that holds its first salient word, in the
 * author's own words (never cut inside a word); a long clause keeps its first words and "…".
 */
function labelOf(sentence: string, keys: string[]): string {
  const clauses = sentence.replace(MARKDOWN, '').split(CLAUSE_CUT).map((c) => c.trim()).filter(Boolean);
  const clause = clauses.find((c) => analyze(c).terms.some((t) => keys.includes(t.key))) ?? clauses[0] ?? sentence;
  const words = clause.replace(TRAILING_PUNCTUATION, '').split(SPACES).filter(Boolean);
  return words.length <= MAX_LABEL_WORDS ? words.join(' ') : `${words.slice(0, MAX_LABEL_WORDS).join(' ').replace(TRAILING_PUNCTUATION, '')}…`;
}

function firstSentence(text: string): string {
  return (text.match(SENTENCE) ?? [text])[0] ?? text;
}

function firstWords(text: string, n: number): string {
  return text.split(SPACES).slice(0, n).join(' ');
}
