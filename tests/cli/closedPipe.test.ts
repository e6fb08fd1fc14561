import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuizbot } from './runQuizbot.ts';

const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-pipe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs quizbot as `quizbot ARGS | head -c N` would: `first` goes to its stdin at once, its
 * stdout is closed when the first output arrives, and only then is `rest` sent, so that what
 * it writes next meets a closed pipe.
 */
function intoClosedPipe(args: string[], first: string, rest: string) {
  return new Promise<{ code: number | null; err: string }>((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, DATABASE_PATH: path.join(dir, 'q.db') }, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    p.stdin.write(first);
    p.stderr.on('data', (d) => (err += String(d)));
    p.stdout.once('data', () => {
      p.stdout.destroy();
      p.stdin.end(rest);
    });
    p.on('exit', (code) => resolve({ code, err }));
  });
}

describe('output into a pipe closed early', { timeout: 60_000 }, () => {
  it('the playground stops quietly', async () => {
    const r = await intoClosedPipe(['start'], '', `${'/help\n'.repeat(50)}/leaderboard\n`);
    expect(r.err).not.toContain('EPIPE');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
  });

  it('quizbot grade stops quietly', async () => {
    const answer = `${JSON.stringify({ question: 1, answer: 'dropout' })}\n`;
    const deck = fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url));
    const r = await intoClosedPipe(['grade', deck], answer, answer.repeat(200));
    expect(r.err).not.toContain('EPIPE');
    expect(r.code).toBe(0);
  });
});

describe('counts', () => {
  it('says "1 question" for a deck of one', () => {
    const one = path.join(dir, 'one.csv');
    writeFileSync(one, 'question,answer\nWhat is the chemical symbol for gold?,Au\n');
    expect(runQuizbot(dir, ['deck', 'check', one]).out.split('\n')[1]).toBe('1 question');
  });
});
