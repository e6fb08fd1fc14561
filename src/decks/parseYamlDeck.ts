import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { DeckParseResult, Question } from '../core/deck.ts';
import { lineText } from './blockText.ts';
import { canonicalDeck } from './canonicalDeck.ts';
import { DeckProblems, excerpt } from './DeckProblems.ts';
import { finishDeck, question } from './finishDeck.ts';

/** Keys Red-DiscordBot trivia lists use for metadata rather than questions. */
const metaKeys = new Set(['AUTHOR', 'CONFIG', 'DESCRIPTION', 'TITLE']);

const scalarText = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v).trim() : typeof v === 'boolean' ? (v ? 'yes' : 'no') : undefined;

/**
 * Reads trivia lists in the Red-DiscordBot layout: a mapping from each question
 * to its accepted answers, plus optional AUTHOR and CONFIG keys. Every question
 * becomes a `short` question whose first answer is shown as the model answer.
 * A top-level `questions` list means the canonical schema, as in JSON decks.
 */
export function parseYamlDeck(text: string, fallbackTitle: string): DeckParseResult {
  const found = new DeckProblems();
  const deepLine = tooDeepLine(text);
  if (deepLine !== undefined) {
    found.error(deepLine, `this YAML nests [ or { more than ${maxFlowDepth} levels deep, which no deck needs`);
    return { ok: false, problems: found.list() };
  }
  const lines = new LineCounter();
  // Red-DiscordBot reads trivia lists with PyYAML's BaseLoader (YAML 1.1, every value
  // a string), so `08`, `0508`, `yes`, `off`, `1e3`, `0x1F`, `.5` and `~` are answers as
  // written, never numbers, booleans or null. uniqueKeys stays on: a question listed
  // twice is a mistake worth reporting.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, version: '1.1', schema: 'failsafe' });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 0 : lines.linePos(offset).line);

  for (const e of doc.errors) {
    const line = lineAt(e.pos[0]);
    if (e.code !== 'DUPLICATE_KEY') {
      found.error(line, `this is not valid YAML (${e.message.split('\n')[0]})`);
      continue;
    }
    const first = firstLineOfKey(doc.contents, e.pos[0], lineAt);
    found.error(
      line,
      first
        ? `line ${line} repeats the question on line ${first.line} ("${excerpt(first.key)}"); keep one entry and put all its accepted answers there`
        : 'this question is listed twice; keep one entry and put all its accepted answers there',
    );
  }
  if (found.failed) return { ok: false, problems: found.list() };
  if (!isMap(doc.contents)) {
    found.error(1, 'a YAML deck is a list of "question: [accepted answers]" entries, but this file holds something else');
    return { ok: false, problems: found.list() };
  }

  // Our own schema written as YAML, rather than a trivia list: read with YAML's usual types (numbers, booleans).
  if (isSeq(doc.contents.get('questions', true))) {
    const typed = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
    const listed = isMap(typed.contents) ? typed.contents.get('questions', true) : undefined;
    if (!isSeq(listed) || typed.errors.length) {
      found.error(1, 'this YAML could not be read as a deck with a questions list');
      return { ok: false, problems: found.list() };
    }
    let data: unknown;
    try {
      data = typed.toJS({ maxAliasCount: 100 });
    } catch {
      found.error(1, 'this YAML uses too many aliases (*name) to be read safely; write the questions out');
      return { ok: false, problems: found.list() };
    }
    const lineOf = (i: number) => {
      const item = listed.items[i];
      return lineAt(isNode(item) ? item.range?.[0] : undefined);
    };
    return canonicalDeck(data, lineOf, fallbackTitle);
  }

  const info = { title: fallbackTitle, description: '', author: undefined as string | undefined };
  const questions: Question[] = [];
  let count = 0;
  for (const pair of doc.contents.items) {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const line = lineAt(keyNode?.range?.[0]);
    const key = scalarText(keyNode?.value);
    if (key === undefined || key === '') {
      found.error(line, 'each question must be plain text followed by a colon');
      continue;
    }
    if (metaKeys.has(key)) {
      const value = isScalar(pair.value) ? scalarText(pair.value.value) : undefined;
      if (key === 'AUTHOR' && value) info.author = value;
      if (key === 'TITLE' && value) info.title = value;
      if (key === 'DESCRIPTION' && value) info.description = value;
      continue;
    }
    const node = pair.value;
    const items = isSeq(node) ? node.items : isScalar(node) && node.value !== null ? [node] : [];
    const texts = items.map((n) => (isScalar(n) ? scalarText(n.value) : undefined));
    const accepted = [...new Set(texts.filter((s): s is string => !!s))];
    if (texts.some((t) => t === undefined) && accepted.length > 0) {
      found.warn(line, `question "${excerpt(key)}" has answers that are not plain text; they were skipped`);
    }
    for (const twice of accepted.filter((a) => texts.indexOf(a) !== texts.lastIndexOf(a))) {
      found.warn(line, `question "${excerpt(key)}" lists the answer "${excerpt(twice)}" twice; it counts once`);
    }
    if (isScalar(node) && accepted.length > 0) {
      found.warn(line, `question "${excerpt(key)}" has a single answer instead of a list; it was read as a list of one`);
    }
    const number = ++count;
    if (accepted.length === 0) {
      found.error(line, `question ${number} ("${excerpt(key)}") has no accepted answers; list them below it, one "- answer" per line`);
      continue;
    }
    questions.push(question({ number, type: 'short', prompt: lineText(key), answer: accepted[0] ?? '', accepted, line }));
  }
  return finishDeck(info, questions, found);
}

/** The question a duplicate key at `offset` repeats, and the line it was first written on. */
function firstLineOfKey(contents: unknown, offset: number, lineAt: (offset: number | undefined) => number): { key: string; line: number } | undefined {
  if (!isMap(contents)) return undefined;
  const keys = contents.items.map((p) => (isScalar(p.key) ? { key: scalarText(p.key.value), start: p.key.range?.[0] } : undefined));
  const repeated = keys.find((k) => k?.start === offset);
  const first = repeated && keys.find((k) => k?.key === repeated.key);
  return first?.key !== undefined && first !== repeated ? { key: first.key, line: lineAt(first.start) } : undefined;
}

const maxFlowDepth = 64;

/**
 * The YAML parser recurses per `[`/`{` level and takes seconds on a megabyte of
 * `[[[[`; a cheap scan refuses such text first. Only brackets where a flow
 * collection can open count (after a line start, `:`, `,`, `-` or another
 * bracket), so `x[i]` or `[a, b)` inside a question does not.
 */
function tooDeepLine(text: string): number | undefined {
  let depth = 0;
  let line = 1;
  let before = 10; // the last character that was not a space or tab
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 10) line++;
    else if ((c === 91 || c === 123) && (before === 10 || before === 58 || before === 44 || before === 45 || before === 91 || before === 123)) {
      if (++depth > maxFlowDepth) return line;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    before = c;
  }
  return undefined;
}
