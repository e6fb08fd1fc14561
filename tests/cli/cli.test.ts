import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuizbot } from './runQuizbot.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quizbot = (args: string[], input = '', env: Record<string, string> = {}) => runQuizbot(dir, args, input, env);

// Each test runs quizbot as a user would, in child processes of a second or two each on a busy machine.
describe('quizbot command line', { timeout: 30_000 }, () => {
  it('runs the piped playground example end to end', () => {
    const r = quizbot(['start'], '/quiz\n/answer L1 regularization, dropout and pruning\n/leaderboard\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('quizbot playground');
    expect(r.out).toMatch(/== Quiz 1\/5 · Question \d ==/);
    expect(r.out).toMatch(/== Your grade ==/);
    expect(r.out).toMatch(/🥇 you: \d+ pts \(1 answer\)/);
    expect(r.err).toBe('');
  });

  it('keeps scores across runs on the same database file', () => {
    const r = quizbot(['start'], '/stats\n');
    expect(r.out).toMatch(/Answers: 1 /);
  });

  it('makes an online backup that opens as a database', () => {
    const target = path.join(dir, 'backup.db');
    const r = quizbot(['db', 'backup', target]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Backed up');
    const db = new Database(target, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM answers').get() as { n: number }).n).toBe(1);
    db.close();
    expect(quizbot(['db', 'backup', target]).err).toContain('already exists');
  });

  it('checks a deck and reports problems as file:line without a stack trace', () => {
    const good = quizbot(['deck', 'check', fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url))]);
    expect(good.code).toBe(0);
    expect(good.out).toContain('Training Deep Neural Networks');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'question,answer\nOnly a question\n');
    const r = quizbot(['deck', 'check', bad]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/bad\.csv:2: /);
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad configuration naming the variable', () => {
    const r = quizbot(['start'], '', { QUIZ_SECONDS: 'soon' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('QUIZ_SECONDS');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('refuses a database from a newer version with a clear message', () => {
    const file = path.join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const r = quizbot(['start'], '', { DATABASE_PATH: file });
    expect(r.code).toBe(1);
    expect(r.err).toContain('newer quizbot');
    expect(existsSync(file)).toBe(true);
  });

  it('prints usage for unknown commands', () => {
    const r = quizbot(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage:');
  });

  it('names an unknown option, then shows the command’s usage, with exit code 2', () => {
    const cases: [string[], string, string][] = [
      [['deck', 'rubric', 'deck.md', '--wirte'], 'Unknown option --wirte.', '       quizbot deck export NAME FILE [--workspace ID]'],
      [['db', 'backup', '-f', 'copy.db'], 'Unknown option -f.', 'Usage: quizbot db backup FILE'],
      [['start', '--port=3000'], 'Unknown option --port.', 'Usage: quizbot [start] [--shards auto|N]'],
    ];
    for (const [args, problem, usageLine] of cases) {
      const r = quizbot(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      const lines = r.err.trimEnd().split('\n');
      expect(lines[0], args.join(' ')).toBe(problem);
      expect(lines.at(-1), args.join(' ')).toBe(usageLine);
    }
  });

  it('says which argument is missing or extra', () => {
    expect(quizbot(['deck', 'check']).err).toBe('Missing FILE.\nUsage: quizbot deck check FILE [--separator X]\n       quizbot deck rubric DECK [--write]\n       quizbot deck export NAME FILE [--workspace ID]\n');
    const guild = quizbot(['commands', 'register', '--guild']);
    expect([guild.code, guild.err]).toEqual([2, 'Option --guild needs a value.\nUsage: quizbot commands register [--guild ID]\n']);
  });
});
