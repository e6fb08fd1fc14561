import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';

const dir = mkdtempSync(join(tmpdir(), 'quizbot-deckcheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(path: string): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = deckCheck(path, (line) => lines.push(line));
  return { code, lines };
}

describe('quizbot deck check', () => {
  it('prints the title, the count and each question of the shipped deck, and exits 0', () => {
    const path = new URL('../../data/decks/deep-learning-training.md', import.meta.url).pathname;
    const { code, lines } = run(path);
    expect(code).toBe(0);
    expect(lines[0]).toBe('Training Deep Neural Networks');
    expect(lines).toContain('7 questions');
    expect(lines).toContain('  6. [open] Name three ways you can produce a sparse model.');
    expect(lines).toContain('  1. [open] Is it okay to initialize all the weights to…');
  });

  it('checks the shipped YAML deck too', () => {
    const path = new URL('../../data/decks/general-science.yaml', import.meta.url).pathname;
    const { code, lines } = run(path);
    expect(code).toBe(0);
    expect(lines).toContain('  1. [short] What is the chemical symbol for gold?');
  });

  it('prints file:line: problem for every problem and exits 1', () => {
    const path = join(dir, 'bad.md');
    writeFileSync(path, ['### 1. One?', '', '### 1. Two?', 'Answer: b', ''].join('\n'));
    const { code, lines } = run(path);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${path}:1: question 1 has no answer; add a line starting "Answer:" after it`,
      `${path}:3: question 1 is numbered like the question on line 1`,
    ]);
  });

  it('reports an empty file without a stack trace', () => {
    const path = join(dir, 'empty.csv');
    writeFileSync(path, '');
    const { code, lines } = run(path);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d*:? ?.*empty`));
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });
});
