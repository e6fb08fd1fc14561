import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeckDir } from '../../src/decks/loadDeckDir.ts';

const shipped = fileURLToPath(new URL('../../data/decks/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'quizbot-deckdir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDeckDir', () => {
  it('loads every shipped deck without a problem, named after its file', () => {
    const { decks, problems } = loadDeckDir(shipped);
    expect(problems).toEqual([]);
    expect(decks.get('deep-learning-training')?.questions).toHaveLength(7);
    for (const deck of decks.values()) expect(deck.questions.length).toBeGreaterThan(0);
  });

  it('skips files that are not decks and reports a broken one without losing the good ones', () => {
    writeFileSync(join(dir, 'README'), 'not a deck');
    writeFileSync(join(dir, 'Good Deck.csv'), 'Capital of France?,Paris\n');
    writeFileSync(join(dir, 'bad.md'), '### 1. One?\n');
    const { decks, problems } = loadDeckDir(dir);
    expect([...decks.keys()]).toEqual(['good-deck']);
    expect(problems).toEqual([{ file: join(dir, 'bad.md'), problems: [expect.objectContaining({ line: 1, message: expect.stringMatching(/no answer/) })] }]);
  });
});
