import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuizbot } from './runQuizbot.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-locale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the playground’s language', () => {
  it('is German with QUIZBOT_LOCALE=de: the question, the grade and the standings', () => {
    const r = runQuizbot(dir, ['start'], '/quiz\n/answer dropout\n/leaderboard\n', { QUIZBOT_LOCALE: 'de' });
    expect(r.err).toBe('');
    expect(r.out).toMatch(/== Quiz 1\/5 · Frage \d ==/);
    expect(r.out).toContain('== Deine Bewertung ==');
    expect(r.out).toMatch(/== Bestenliste: insgesamt ==/);
    expect(r.out).not.toContain('Your grade');
  });

  it('refuses a language quizbot does not speak, naming the variable', () => {
    const r = runQuizbot(dir, ['start'], '', { DEFAULT_LOCALE: 'fr' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('DEFAULT_LOCALE: must be a language quizbot speaks: en, de (got "fr")');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
