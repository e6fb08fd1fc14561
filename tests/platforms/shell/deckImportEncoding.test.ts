import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestEngine, makeTestEngine } from '../../helpers/testEngine.ts';
import { playLines } from '../../helpers/playground.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

const play = (lines: string[]): Promise<string> => playLines(t, lines);

// One non-ASCII letter in a deck of ordinary size: under any "mostly garbage" threshold.
const deck = [
  'Where is the Oktoberfest held?:\n- München\n',
  ...Array.from({ length: 12 }, (_, i) => `What is ${i + 2} times ${i + 3}?:\n- ${(i + 2) * (i + 3)}\n`),
].join('');
const oneQuestion = 'Where is the Oktoberfest held?:\n- München\n';

describe('playground /deck import reads bytes with the one deck decoder', () => {
  it('refuses a Latin-1 deck, naming the line and byte and asking for UTF-8, instead of importing U+FFFD', async () => {
    const file = path.join(t.dir, 'fest.yaml');
    writeFileSync(file, Buffer.from(deck, 'latin1'));
    const out = await play([`/deck import ${file}`, '/deck list']);
    expect(out).toMatch(/line 2, column 4 \(byte 36 of the file\)/);
    expect(out).toContain('0xFC');
    expect(out).toMatch(/save the deck as UTF-8/);
    expect(out).not.toContain('\ufffd');
    expect(out.slice(out.indexOf('> /deck list'))).not.toContain('fest');
  });

  it('reads a UTF-8 deck with a byte-order mark and grades "München" right', async () => {
    const file = path.join(t.dir, 'fest.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(oneQuestion, 'utf8')]));
    const out = await play([`/deck import ${file}`, '/quiz start fest 1 600', '/answer München']);
    expect(out).toMatch(/Imported deck \*?\*?fest/);
    expect(out).toMatch(/== Your grade ==\nCorrect!/);
  });

  it('reads a UTF-16 deck saved with its byte-order mark (Excel "Unicode Text")', async () => {
    const file = path.join(t.dir, 'fest.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(oneQuestion, 'utf16le')]));
    const out = await play([`/deck import ${file}`, '/quiz start fest 1 600', '/answer München']);
    expect(out).toMatch(/== Your grade ==\nCorrect!/);
  });
});
