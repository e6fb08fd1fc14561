import { csvRecords } from '../src/decks/csvRecords.ts';
import { deckLimits } from '../src/decks/deckLimits.ts';
import { parseDeck } from '../src/decks/parseDeck.ts';
import { nowMs, round, summary } from './stats.ts';

const RUNS = 9;

/**
 * A CSV deck of about `chars` characters, as a course might export one: a
 * header, then rows cycling through a one-word answer, a short answer with
 * alternatives (so rows differ in length), and two open questions whose
 * quoted answers span 12 to 20 lines with commas and `""` quotes in them.
 */
export function csvDeckText(chars: number): string {
  const parts = ['Question,Answer,Also accepted\n'];
  let size = parts[0]!.length;
  for (let i = 0; ; i++) {
    let row: string;
    if (i % 4 === 0) row = `Capital of region ${i}?,City ${i}\n`;
    else if (i % 4 === 1) row = `Symbol for element ${i}?,El${i},element ${i}\n`;
    else {
      const lines = Array.from(
        { length: 12 + (i % 9) },
        (_, k) => `${k + 1}. In step ${k} of case ${i}, the gradient of the loss flows back through layer ${k} ("backprop"), and the optimiser updates its weights.`,
      );
      row = `"Why does case ${i}, in ""practice"", converge?","${lines.join('\n').replace(/"/g, '""')}"\n`;
    }
    if (size + row.length > chars) return parts.join('');
    parts.push(row);
    size += row.length;
  }
}

const median = (xs: number[]): number => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!, 1);

/** Reading a CSV deck at the size limit: csv-parse into rows, then the whole deck; both run on the event loop during `/deck import`. */
export async function benchCsvDeck(): Promise<Record<string, unknown>> {
  const text = csvDeckText(deckLimits.maxBytes);
  const first = parseDeck(text, 'csv', 'bench.csv');
  if (!first.ok) throw new Error(`the generated CSV deck does not load: ${first.problems[0]?.line}: ${first.problems[0]?.message}`);
  const rows: number[] = [];
  const deck: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let a = nowMs();
    csvRecords(text, ',');
    rows.push(nowMs() - a);
    a = nowMs();
    parseDeck(text, 'csv', 'bench.csv');
    deck.push(nowMs() - a);
  }
  return {
    name: 'csv deck',
    mb: round(Buffer.byteLength(text) / 1024 / 1024, 2),
    questions: first.deck.questions.length,
    rows_ms_median: median(rows),
    parse_ms_median: median(deck),
    parse_ms: summary(deck),
    unit: 'ms',
    note: 'rows: csv-parse and our regrouping; parse: the whole deck, as /deck import reads it',
  };
}
