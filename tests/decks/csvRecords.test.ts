import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/decks/csvRecords.ts';

// csv-parse reads fields and csvRecords puts them back into rows: these are the seams.
describe('CSV rows from csv-parse fields', () => {
  it('keeps rows of different lengths, with the line each starts on', () => {
    expect(csvRecords('Q,A,Also\nA?,a\n"B\n?",b,bb,bbb\n\nC?;c,"x;y"\n', ',')).toEqual({
      records: [
        { line: 1, cells: ['Q', 'A', 'Also'] },
        { line: 2, cells: ['A?', 'a'] },
        { line: 3, cells: ['B\n?', 'b', 'bb', 'bbb'] },
        { line: 6, cells: ['C?;c', 'x;y'] },
      ],
    });
  });

  it('ends a row cut off right after a separator with an empty cell', () => {
    expect(csvRecords('A?,a\nB?,', ',').records).toEqual([
      { line: 1, cells: ['A?', 'a'] },
      { line: 2, cells: ['B?', ''] },
    ]);
  });

  it('reads semicolon rows, keeping a NUL character as text', () => {
    expect(csvRecords('A?;"a;\nb";c\nB?\u0000;b', ';').records).toEqual([
      { line: 1, cells: ['A?', 'a;\nb', 'c'] },
      { line: 3, cells: ['B?\u0000', 'b'] },
    ]);
  });

  it('stops at a quote that never closes, keeping the rows before it', () => {
    expect(csvRecords('A?,a\nB?,"b\n""c""\nC?,c', ',')).toEqual({
      records: [{ line: 1, cells: ['A?', 'a'] }],
      error: { line: 2, message: expect.stringMatching(/closing quote \(\"\) is missing/) },
    });
  });
});
