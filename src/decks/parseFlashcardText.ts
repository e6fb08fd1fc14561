import type { DeckParseResult, Question } from '../core/deck.ts';
import { cardQuestion } from './cardQuestion.ts';
import { csvRecords } from './csvRecords.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck } from './finishDeck.ts';
import { htmlToText } from './htmlToText.ts';

/** Separator names as Anki writes them in `#separator:` (and `deck check --separator` takes). */
const separatorNames: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

/** A separator given by name (`tab`, `pipe`...), as `\t`, or as the characters themselves. */
export function separatorOf(given: string): string | undefined {
  const named = separatorNames[given.trim().toLowerCase()];
  if (named) return named;
  if (given === '\\t') return '\t';
  return given.length > 0 && !given.includes('\n') ? given : undefined;
}

const ankiHeader = /^#(separator|html|columns|notetype|deck|tags|guid|notetype column|deck column|tags column|guid column|if matches):/i;
const markdownQuestion = /^\s*(#{1,6}\s|\*\*\s*\d+[.)])/m;

/**
 * How a plain-text deck (.txt, .tsv) is written: an Anki "Notes in Plain Text"
 * export (its `#separator:`/`#html:` header lines), one flashcard a line with a
 * separator (Quizlet's export: a tab; or `separator`; or a `|` or `;` found on
 * every line), or otherwise Markdown.
 */
export function plainTextKind(text: string, o: { separator?: string; tabbed?: boolean } = {}): { kind: 'anki' } | { kind: 'cards'; separator: string } | { kind: 'markdown' } {
  if (ankiHeader.test(text)) return { kind: 'anki' };
  if (o.separator) return { kind: 'cards', separator: o.separator };
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (o.tabbed || (lines.length > 0 && lines.every((l) => l.includes('\t')))) return { kind: 'cards', separator: '\t' };
  if (lines.length < 2 || markdownQuestion.test(text)) return { kind: 'markdown' };
  const consistent = ['|', ';'].find((s) => lines.every((l) => l.includes(s)));
  return consistent ? { kind: 'cards', separator: consistent } : { kind: 'markdown' };
}

/**
 * One flashcard a line, term and definition split at the first separator (Quizlet's
 * export). The term is the question and the definition its answer. No quoting: a
 * card's text is taken as written.
 */
export function parseCardLines(text: string, fallbackTitle: string, separator: string): DeckParseResult {
  const found = new DeckProblems();
  const questions: Question[] = [];
  const shown = separator === '\t' ? 'a tab' : `"${separator}"`;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || found.full) return;
    const at = raw.indexOf(separator);
    if (at < 0) {
      found.error(line, `this line has no ${shown} between the term and its definition; every card is "term${separator === '\t' ? '<tab>' : separator}definition" on one line`);
      return;
    }
    const term = raw.slice(0, at).trim();
    const definition = raw.slice(at + separator.length).trim();
    if (!term) return found.error(line, 'this card has no term before the separator');
    if (!definition) return found.error(line, 'this card has no definition after the separator');
    questions.push(cardQuestion({ number: questions.length + 1, prompt: term, answers: [definition], line }));
  });
  return finishDeck({ title: fallbackTitle, description: '' }, questions, found);
}

const cloze = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/**
 * Reads Anki's "Notes in Plain Text" export: `#key:value` header lines
 * (separator, html, columns, and which columns hold the note type, deck, tags
 * and guid), then one note a row, quoted as CSV where a field needs it. The
 * note's first field is the question and the next its answer; a cloze note
 * asks its text with each deletion shown as [...] (or its hint) and accepts
 * the deleted words. With `#html:true` fields are HTML, read as text.
 */
export function parseAnkiText(text: string, fallbackTitle: string, separatorOverride?: string): DeckParseResult {
  const found = new DeckProblems();
  const lines = text.split('\n');
  let separator = separatorOverride ?? '\t';
  let html = false;
  const metadata = new Map<string, number>();
  let body = 0;
  for (; body < lines.length; body++) {
    const l = lines[body] as string;
    if (!l.startsWith('#')) break;
    const m = /^#([^:]+):(.*)$/.exec(l);
    if (!m) continue; // a comment
    const key = (m[1] as string).trim().toLowerCase();
    const value = m[2] as string;
    if (key === 'separator' && !separatorOverride) {
      const s = separatorOf(value);
      if (!s || s.length !== 1) found.error(body + 1, `Anki's separator "${value}" is not one quizbot knows; use tab, comma, semicolon, pipe, space, colon or a single character`);
      else separator = s;
    } else if (key === 'html') {
      if (!/^\s*(true|false)\s*$/i.test(value)) found.error(body + 1, `#html: is followed by "${value}"; it takes true or false`);
      html = /true/i.test(value);
    } else if (key.endsWith(' column')) {
      const n = Number(value.trim());
      if (!Number.isInteger(n) || n < 1) found.error(body + 1, `#${m[1]}: needs a column number (1 for the first column), not "${value}"`);
      else metadata.set(key.slice(0, -' column'.length), n - 1);
    }
  }
  if (found.failed) return { ok: false, problems: found.list() };
  // Header lines stay as blank lines, so every row keeps its line number.
  const rows = lines.map((l, i) => (i < body ? '' : l)).join('\n');
  const { records, error } = csvRecords(rows, separator);
  const skip = new Set(metadata.values());
  const tagsAt = metadata.get('tags');
  const notes: AnkiNote[] = records.map(({ line, cells }) => ({
    line,
    fields: cells.filter((_, i) => !skip.has(i)),
    tags: tagsAt === undefined ? [] : (cells[tagsAt] ?? '').split(/\s+/).filter(Boolean),
  }));
  const questions = ankiQuestions(notes, html, found);
  if (error) found.error(error.line, error.message);
  return finishDeck({ title: fallbackTitle, description: '' }, questions, found);
}

/** One Anki note: its fields in order (metadata columns left out) and its tags. */
export interface AnkiNote {
  /** Its line in a text export; 0 in a package, where `where` names it instead. */
  line: number;
  fields: string[];
  tags: string[];
  where?: string;
}

/**
 * Anki notes as questions: the first field the question, the next its answer;
 * a cloze note asks its text with each deletion shown as [...] (or its hint)
 * and accepts the deleted words.
 */
export function ankiQuestions(notes: readonly AnkiNote[], html: boolean, found: DeckProblems): Question[] {
  const read = (s: string) => (html ? htmlToText(s) : s.trim());
  const questions: Question[] = [];
  for (const note of notes) {
    if (found.full) break;
    const { line, tags } = note;
    const at = note.where ? `${note.where}: ` : '';
    const [first = '', second = ''] = note.fields.map(read);
    if (!first) {
      found.error(line, `${at}this note's first field (its question) is empty`);
      continue;
    }
    const deletions = [...first.matchAll(cloze)];
    if (deletions.length) {
      const prompt = first.replace(cloze, (_, _text: string, hint: string | undefined) => `[${hint?.trim() || '…'}]`);
      questions.push(cardQuestion({ number: questions.length + 1, prompt, answers: [deletions.map((d) => (d[1] as string).trim()).join(' … ')], line, tags }));
      continue;
    }
    if (!second) {
      found.error(line, `${at}this note's second field (its answer) is empty`);
      continue;
    }
    questions.push(cardQuestion({ number: questions.length + 1, prompt: first, answers: [second], line, tags }));
  }
  return questions;
}
