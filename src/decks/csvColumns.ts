/** Which cell of each row holds what, read from a CSV deck's header row. */
export interface CsvColumns {
  question: number;
  answer: number;
  /** Further accepted answers; so are cells past the last named column. */
  accepted: number[];
  /** How many columns the header names. */
  named: number;
  tags: number[];
  /** Named columns quizbot does not read (a Jeopardy CSV's Air Date, Value...). */
  unused: string[];
}

// Names flashcard and quiz tools give their columns (Anki, Quizlet, Brainscape, Jeopardy archives...), compared case-insensitively.
const questionNames = new Set(['question', 'questions', 'front', 'term', 'prompt', 'q', 'clue', 'frage', 'vorderseite', 'begriff']);
const answerNames = new Set(['answer', 'answers', 'back', 'definition', 'response', 'a', 'model answer', 'antwort', 'rückseite', 'erklärung']);
const acceptedNames = new Set(['accepted', 'also accepted', 'accepted answers', 'alternatives', 'alternative', 'alternative answers', 'alt', 'other answers']);
const tagNames = new Set(['tags', 'tag', 'category', 'categories', 'topic']);
// Columns tools add that are plainly not a question: a first row holding one of them is a header even if it maps no question.
const otherNames = new Set(['id', 'notes', 'note', 'hint', 'explanation', 'source', 'round', 'value', 'air date', 'show number', 'difficulty', 'deck', 'type']);

const nameOf = (cell: string): string => cell.trim().toLowerCase().replace(/[\s_]+/g, ' ');

/**
 * Reads a first row as column names when it holds a name we know. `undefined`:
 * the row is a question like the others (files without a header keep question,
 * answer, more answers). `{ problem }`: it is a header, but no column is the
 * question or none the answer.
 */
export function csvColumns(cells: readonly string[]): CsvColumns | { problem: string } | undefined {
  const names = cells.map(nameOf);
  // "q" and "a" alone are as likely a question and its answer; together they are a header.
  const pair = names.includes('q') && names.includes('a');
  const known = (n: string) =>
    (n.length > 1 || pair) && (questionNames.has(n) || answerNames.has(n) || acceptedNames.has(n) || tagNames.has(n) || otherNames.has(n));
  if (!names.some(known)) return undefined;
  const question = names.findIndex((n) => questionNames.has(n));
  const answer = names.findIndex((n, i) => i !== question && answerNames.has(n));
  if (question < 0 || answer < 0) {
    const found = cells.map((c) => `"${c.trim()}"`);
    const listed = found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}` : (found[0] ?? '');
    return {
      problem: `the first row names the columns ${listed}, but quizbot cannot tell which is the question and which the answer; name them question and answer (front and back, or term and definition, work too)`,
    };
  }
  const columns: CsvColumns = { question, answer, accepted: [], tags: [], unused: [], named: cells.length };
  names.forEach((n, i) => {
    if (i === question || i === answer) return;
    if (acceptedNames.has(n) || answerNames.has(n)) columns.accepted.push(i);
    else if (tagNames.has(n)) columns.tags.push(i);
    else if ((cells[i] ?? '').trim() !== '') columns.unused.push((cells[i] as string).trim());
  });
  return columns;
}
