import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line where the record starts (quoted fields may span lines). */
  line: number;
  cells: string[];
}

/**
 * Splits CSV text (RFC 4180: `"` quotes, `""` inside quotes; text is already
 * `\n`-separated) into records with csv-parse, keeping the line each starts on.
 * Rows may have any number of cells; a quote inside unquoted text is text;
 * spaces after a closing quote are dropped; blank lines are skipped. At the
 * first malformed field it stops: the records before it and the problem.
 */
export function csvRecords(text: string, delimiter: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const records: CsvRecord[] = [];
  // Every line belongs to a record (blank ones too, dropped below), so each record starts right after the one before.
  let nextLine = 1;
  const keep = (cells: string[], { lines }: InfoRecord) => {
    if (cells.length > 1 || (cells[0] ?? '').trim() !== '') records.push({ line: nextLine, cells });
    nextLine = lines + 1;
    return null;
  };
  try {
    parse(text, { delimiter, record_delimiter: '\n', relax_quotes: true, relax_column_count: true, rtrim: true, on_record: keep });
    return { records };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      // A quote that never closes takes the rest of the text into its record.
      let start = 0;
      for (let l = 1; l < nextLine; l++) start = text.indexOf('\n', start) + 1;
      return { records, error: { line: nextLine + newlinesBeforeOpenQuote(text.slice(start)), message: 'a quoted field starts here but its closing quote (") is missing' } };
    }
    if (e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
      return { records, error: { line: Number(e.lines), message: 'text follows the closing quote (") of a field; put the whole field in quotes, writing a quote inside it as ""' } };
    }
    return { records, error: { line: Number(e.lines), message: e.message } };
  }
}

/**
 * In the text of a record whose last field never closes, the line breaks before
 * that field's opening quote: after it there are only `""` pairs, so it is the
 * first quote, from the end, without a quote right before it.
 */
function newlinesBeforeOpenQuote(raw: string): number {
  let i = raw.lastIndexOf('"');
  while (i > 1 && raw[i - 1] === '"') i = raw.lastIndexOf('"', i - 2);
  let n = 0;
  for (let k = 0; k < i; k++) if (raw.charCodeAt(k) === 10) n++;
  return n;
}
