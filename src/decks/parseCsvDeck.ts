import type { DeckParseResult, Question } from '../core/deck.ts';
import { blockText, lineText } from './blockText.ts';
import { csvRecords } from './csvRecords.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck, question } from './finishDeck.ts';

/** An answer cell longer than this is prose to grade against, not a word to match. */
const shortAnswerWords = 6;
const shortAnswerChars = 80;

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/**
 * Reads CSV decks: `question, answer[, more accepted answers...]`, with an
 * optional header row. Rows with brief answers become `short` questions whose
 * cells are the accepted answers; a row with a long answer is an `open`
 * question, and unquoted commas in it are read as part of the sentence.
 * Spreadsheets that save with `;` are recognised by their first line.
 */
export function parseCsvDeck(text: string, fallbackTitle: string): DeckParseResult {
  const found = new DeckProblems();
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  // Only a first line with no comma at all switches to `;`, so a question that
  // merely contains semicolons is still read as comma-separated.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { records, error } = csvRecords(text, delimiter);
  const first = records[0];
  const body = first && /^\s*(question|prompt)\s*$/i.test(first.cells[0] ?? '') ? records.slice(1) : records;

  const questions: Question[] = [];
  for (const { line, cells } of body) {
    if (found.full) break;
    if (cells.some((c) => /^\s+"/.test(c))) {
      found.warn(line, 'a quote after a space is read as text; to quote a field, put its opening quote (") right after the separator');
    }
    const prompt = lineText(cells[0] ?? '');
    const answerCells = cells.slice(1);
    if (!prompt) {
      found.error(line, 'this row has no question in its first column');
      continue;
    }
    if (answerCells.every((c) => c.trim() === '')) {
      found.error(line, 'the question on this row has no answer; put it in the second column');
      continue;
    }
    const number = questions.length + 1;
    if (answerCells.some((c) => wordCount(c) > shortAnswerWords || c.trim().length > shortAnswerChars)) {
      const answer = blockText(answerCells.join(delimiter).trim().split('\n'));
      questions.push(question({ number, type: 'open', prompt, answer, line }));
    } else {
      const accepted = answerCells.map(lineText).filter(Boolean);
      const answer = blockText((answerCells.find((c) => c.trim() !== '') as string).trim().split('\n'));
      questions.push(question({ number, type: 'short', prompt, answer, accepted, line }));
    }
  }
  if (error) found.error(error.line, error.message);
  return finishDeck({ title: fallbackTitle, description: '' }, questions, found);
}
