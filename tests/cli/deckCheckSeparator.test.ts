import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runQuizbot } from './runQuizbot.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-separator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quizbot deck check --separator', () => {
  it('reads a flashcard file with the separator named on the command line', () => {
    writeFileSync(path.join(dir, 'vocab.txt'), 'der Hund = the dog\ndie Katze = the cat\n');
    const r = runQuizbot(dir, ['deck', 'check', 'vocab.txt', '--separator', '=']);
    expect(r.err).toBe('');
    expect(r.out).toBe('Vocab\n2 questions\n  1. [short] der Hund\n  2. [short] die Katze\n');
    expect(r.code).toBe(0);
  });
});
