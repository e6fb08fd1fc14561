import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

const csv = 'question,answer\nWhat is the chemical symbol for gold?,Au\n';

describe('/deck import in the playground', () => {
  it('says a file over 5 MB is too large, as the engine words it', async () => {
    const big = path.join(t.dir, 'big.csv');
    writeFileSync(big, `question,answer\n${'What is it?,This\n'.repeat(400_000)}`);
    const out = await play([`/deck import ${big}`]);
    expect(out).toContain('the file is larger than 5 MB');
    expect(out).not.toContain('I cannot read');
  });

  it('reads at most a byte over the limit from a file that never ends, and says it is too large', async () => {
    // A device reports size 0 and /dev/zero never ends: reading all of it grew memory without bound.
    const endless = path.join(t.dir, 'endless.csv');
    symlinkSync('/dev/zero', endless);
    const out = await play([`/deck import ${endless}`, '/help']);
    expect(out).toContain('the file is larger than 5 MB');
    expect(out).toContain('quizbot help');
  });

  it('imports a file whose path has spaces, quoted or as the rest of the line', async () => {
    const folder = path.join(t.dir, 'my decks');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'gold one.csv'), csv);
    writeFileSync(path.join(folder, 'gold-two.csv'), csv);
    const out = await play([`/deck import ${path.join(folder, 'gold one.csv')}`, `/deck import "${path.join(folder, 'gold-two.csv')}"`, '/deck list']);
    expect(out).not.toContain('Usage');
    expect(out).toContain('Imported deck gold-one');
    expect(out).toContain('Imported deck gold-two');
  });
});
