import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line where the record starts (quoted fields may span lines). */
  line: number;
  cells: string[];
}

/** What csv-parse gives for each field here: the field as a one-cell record, and its source text up to and including what ended it. */
interface Piece {
  record: string[];
  raw: string;
}

/**
 * Splits CSV text (RFC 4180: `"` quotes, `""` inside quotes; text is already
 * `\n`-separated) into records with csv-parse, keeping the line each starts on.
 * Rows may have any number of cells; a quote inside unquoted text is text;
 * spaces after a closing quote are dropped; blank lines are skipped. At the
 * first malformed field it stops: the records before it and the problem.
 *
 * csv-parse is asked for fields, not rows: the separator and the line break
 * are both its record delimiters, so every record it makes has one cell, and
 * each record's raw text says what ended it and how many lines it spans.
 * Read as rows with `relax_column_count`, every row whose length differs from
 * the first costs csv-parse an error object it then drops (a stack trace and
 * JSON copies of the row), and `on_record` an `info` snapshot per row: on a
 * 5 MB deck that took 2 to 5 times as long as reading it as fields (1.6 s
 * instead of 0.3 s for 80,000 short rows). `npm run bench` times it.
 */
export function csvRecords(text: string, delimiter: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const options = {
    // A character the text does not hold, so that csv-parse's own field delimiter never matches.
    delimiter: unusedCharacter(text, delimiter),
    record_delimiter: [delimiter, '\n'],
    relax_quotes: true,
    rtrim: true,
    raw: true,
  };
  const rows = new Rows(delimiter);
  try {
    // csv-parse's types leave out `raw`: with it, each record comes as `{ record, raw }`.
    for (const piece of parse(text, options) as unknown as Piece[]) rows.add(piece);
    return { records: rows.finish() };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // Only for a malformed file: sync parse throws away what it read, so read it again keeping the rows before the problem.
    const before = new Rows(delimiter);
    try {
      parse(text, { ...options, on_record: (piece) => (before.add(piece as unknown as Piece), null) });
    } catch {
      // The same error as above.
    }
    const records = before.records;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The field that never closes starts right after the last field read, with its opening quote.
      return { records, error: { line: before.line, message: 'a quoted field starts here but its closing quote (") is missing' } };
    }
    if (e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
      return { records, error: { line: Number(e.lines), message: 'text follows the closing quote (") of a field; put the whole field in quotes, writing a quote inside it as ""' } };
    }
    return { records, error: { line: Number(e.lines), message: e.message } };
  }
}

/** Puts csv-parse's fields back into rows, counting lines in their raw text. */
class Rows {
  readonly records: CsvRecord[] = [];
  /** The line the next field starts on. */
  line = 1;
  private cells: string[] = [];
  private start = 1;
  private readonly separator: number;

  constructor(delimiter: string) {
    this.separator = delimiter.charCodeAt(0);
  }

  add({ record, raw }: Piece): void {
    this.cells.push(record[0] as string);
    for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) this.line++;
    // A field ends at the separator (its row goes on), a line break or the end of the text.
    if (raw.charCodeAt(raw.length - 1) === this.separator) return;
    this.endRow();
  }

  /** The rows, once the whole text is read. */
  finish(): CsvRecord[] {
    // Text ending right after a separator: the row's last cell is empty, and csv-parse, which sees no field there, gives none.
    if (this.cells.length) {
      this.cells.push('');
      this.endRow();
    }
    return this.records;
  }

  private endRow(): void {
    const cells = this.cells;
    if (cells.length > 1 || (cells[0] as string).trim() !== '') this.records.push({ line: this.start, cells });
    this.cells = [];
    this.start = this.line;
  }
}

/** A control character (or, failing that, a private-use one) that occurs nowhere in the text. */
function unusedCharacter(text: string, delimiter: string): string {
  for (let c = 0; c <= 0xf8ff; c = c === 0x1f ? 0xe000 : c + 1) {
    const s = String.fromCharCode(c);
    if (s !== '\t' && s !== '\n' && s !== '\r' && s !== delimiter && !text.includes(s)) return s;
  }
  throw new Error('no character is left to use as csv-parse field delimiter');
}
