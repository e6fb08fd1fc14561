import type { DeckParseResult, Question } from '../core/deck.ts';
import { blockText, lineText } from './blockText.ts';
import { isLongAnswer } from './cardQuestion.ts';
import { csvColumns, type CsvColumns } from './csvColumns.ts';
import { csvRecords } from './csvRecords.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck, question } from './finishDeck.ts';

/**
 * Reads CSV decks: `question, answer[, more accepted answers...]`, or columns
 * named by a header row in any order (question/answer, front/back,
 * term/definition, prompt/response, q/a; accepted and tags columns; others,
 * such as a Jeopardy CSV's Air Date, are left out with a warning). Rows with brief answers become `short` questions whose
 * cells are the accepted answers; a row with a long answer is an `open`
 * question, and unquoted commas in it are read as part of the sentence.
 * Spreadsheets that save with `;` are recognised by their first line.
 */
export function parseCsvDeck(text: string, fallbackTitle: string): DeckParseResult {
  const found = new DeckProblems();
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  // Only a first line with no comma at all switches to `;` (or a tab), so a question that
  // merely contains semicolons is still read as comma-separated.
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const { records, error } = csvRecords(text, delimiter);
  const first = records[0];
  const header = first ? csvColumns(first.cells) : undefined;
  if (header && 'problem' in header) {
    found.error(first?.line ?? 1, header.problem);
    return { ok: false, problems: found.list() };
  }
  if (header && header.unused.length) {
    found.warn(first?.line ?? 1, `the column${header.unused.length === 1 ? '' : 's'} ${header.unused.map((c) => `"${c}"`).join(', ')} ${header.unused.length === 1 ? 'is' : 'are'} not used`);
  }
  const body = header ? records.slice(1) : records;
  const columns: Pick<CsvColumns, 'question' | 'answer'> = header ?? { question: 0, answer: 1 };
  const answerName = header ? 'answer column' : 'second column';

  const questions: Question[] = [];
  for (const { line, cells } of body) {
    if (found.full) break;
    if (cells.some((c) => /^\s+"/.test(c))) {
      found.warn(line, 'a quote after a space is read as text; to quote a field, put its opening quote (") right after the separator');
    }
    const prompt = lineText(cells[columns.question] ?? '');
    // Without a header every cell after the question is an accepted answer.
    const answerCells = header ? [...[header.answer, ...header.accepted].map((i) => cells[i] ?? ''), ...cells.slice(header.named)] : cells.slice(1);
    const tags = header ? header.tags.flatMap((i) => tagsOf(cells[i] ?? '')) : [];
    if (!prompt) {
      found.error(line, `this row has no question in its ${header ? 'question column' : 'first column'}`);
      continue;
    }
    if ((cells[columns.answer] ?? '').trim() === '' && answerCells.every((c) => c.trim() === '')) {
      found.error(line, `the question on this row has no answer; put it in the ${answerName}`);
      continue;
    }
    const number = questions.length + 1;
    if (answerCells.some(isLongAnswer)) {
      const answer = blockText(answerCells.join(delimiter).trim().split('\n'));
      questions.push(question({ number, type: 'open', prompt, answer, tags, line }));
    } else {
      const accepted = answerCells.map(lineText).filter(Boolean);
      const answer = blockText((answerCells.find((c) => c.trim() !== '') as string).trim().split('\n'));
      questions.push(question({ number, type: 'short', prompt, answer, accepted, tags, line }));
    }
  }
  if (error) found.error(error.line, error.message);
  return finishDeck({ title: fallbackTitle, description: '' }, questions, found);
}

/** Anki writes tags separated by spaces; spreadsheets by commas or semicolons. */
function tagsOf(cell: string): string[] {
  const parts = /[,;]/.test(cell) ? cell.split(/[,;]/) : cell.split(/\s+/);
  return parts.map((t) => t.trim()).filter(Boolean);
}
