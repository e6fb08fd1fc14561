import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/core/deck.ts';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { runQuizbot } from './runQuizbot.ts';

// CRLF on purpose: --write must keep the file's line endings.
const deckText = [
  '# Salt and crystals',
  '',
  '### 1. How did you separate the salt from the water?',
  '',
  'Answer: The water was evaporated, leaving the salt behind in the dish.',
  'Also accepted: We boiled the water away until only the salt crystals were left.',
  '',
  'Tags: mixtures',
  '',
  '### 2. Name three ways you can produce a sparse model.',
  '',
  'Answer: L1 regularization, dropout and pruning.',
  '',
  'Key points:',
  '- L1 regularization | lasso',
  '- dropout',
  '- pruning | prune weights',
  '',
  '**3. Why do salt crystals look like little cubes?**',
  '',
  'Answer:',
  '1. Sodium and chloride ions stack in a cubic lattice.',
  '2. The crystal grows evenly on every face.',
  '',
  '---',
  '',
].join('\r\n');

interface Listed {
  number: number;
  points: Array<{ mark: string; text: string }>;
}

/** The rubric listing read back: each question with its marked points. */
function listing(out: string): Listed[] {
  const questions: Listed[] = [];
  for (const line of out.split('\n')) {
    const q = /^\s*(\d+)\. /.exec(line);
    const p = /^\s+(stated|derived)\s+(.+)$/.exec(line);
    if (q) questions.push({ number: Number(q[1]), points: [] });
    else if (p) questions.at(-1)?.points.push({ mark: p[1]!, text: p[2]! });
  }
  return questions;
}

const pointsOf = (deck: Deck, n: number) => deck.questions.find((q) => q.number === n)!.keyPoints.map((k) => [k.label, ...k.aliases].join(' | '));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-rubric-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function deckFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

// Each test runs quizbot as a user would, in child processes of a second or two each on a busy machine.
describe('quizbot deck rubric', { timeout: 30_000 }, () => {
  it('lists each open question with its key points and aliases, marked stated or derived', () => {
    const file = deckFile('list.md', deckText);
    const r = runQuizbot(dir, ['deck', 'rubric', file]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')[0]).toBe('Salt and crystals');
    expect(r.out).toContain('  1. How did you separate the salt from the water?');

    const loaded = loadDeckFile(file);
    if (!loaded.ok) throw new Error('fixture does not load');
    const grader = createGrader();
    const derived = (n: number) => grader.keyPoints!(loaded.deck.questions.find((q) => q.number === n)!).map((label) => ({ mark: 'derived', text: label.trim() }));
    expect(derived(1).length).toBeGreaterThan(0);
    expect(listing(r.out)).toEqual([
      { number: 1, points: derived(1) },
      {
        number: 2,
        points: [
          { mark: 'stated', text: 'L1 regularization | lasso' },
          { mark: 'stated', text: 'dropout' },
          { mark: 'stated', text: 'pruning | prune weights' },
        ],
      },
      { number: 3, points: derived(3) },
    ]);
  });

  it('--write adds the printed points to the questions without any, changing no other byte', () => {
    const file = deckFile('write.md', deckText);
    const before = listing(runQuizbot(dir, ['deck', 'rubric', file]).out);
    const r = runQuizbot(dir, ['deck', 'rubric', file, '--write']);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(`Added key points to 2 questions of ${file}; edit them to taste.`);

    const written = readFileSync(file, 'utf8');
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    // Every original line is still there, in order; what is new is the two blocks.
    const lines = written.split('\r\n');
    const added: string[] = [];
    let j = 0;
    const original = deckText.split('\r\n');
    for (const line of lines) {
      if (line === original[j]) j++;
      else added.push(line);
    }
    expect(j).toBe(original.length);
    const printed = (n: number) => before.find((q) => q.number === n)!.points.map((p) => `- ${p.text}`);
    expect(added.filter(Boolean)).toEqual(['Key points:', ...printed(1), 'Key points:', ...printed(3)]);
    // After the answer and its Also accepted answers, before the tags and the separator.
    expect(written.indexOf('Key points:')).toBeGreaterThan(written.indexOf('Also accepted:'));
    expect(written.indexOf('Key points:')).toBeLessThan(written.indexOf('Tags: mixtures'));
    expect(written.lastIndexOf('Key points:')).toBeLessThan(written.lastIndexOf('---'));

    const reread = loadDeckFile(file);
    if (!reread.ok) throw new Error(reread.problems.map((p) => p.message).join('\n'));
    expect(pointsOf(reread.deck, 1)).toEqual(before[0]!.points.map((p) => p.text));
    expect(pointsOf(reread.deck, 3)).toEqual(before[2]!.points.map((p) => p.text));
    expect(reread.deck.questions[0]).toMatchObject({
      answer: 'The water was evaporated, leaving the salt behind in the dish.',
      accepted: ['We boiled the water away until only the salt crystals were left.'],
      tags: ['mixtures'],
    });
    const after = listing(runQuizbot(dir, ['deck', 'rubric', file]).out);
    expect(after.map((q) => q.points.map((p) => p.text))).toEqual(before.map((q) => q.points.map((p) => p.text)));
    expect(after.flatMap((q) => q.points.map((p) => p.mark))).not.toContain('derived');

    const again = runQuizbot(dir, ['deck', 'rubric', file, '--write']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing to add');
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('refuses to --write a YAML deck with one clear line, leaving it untouched', () => {
    const yaml = 'questions:\n  - prompt: Why does salt dissolve?\n    answer: Water molecules pull the ions apart.\n';
    const file = deckFile('deck.yaml', yaml);
    const r = runQuizbot(dir, ['deck', 'rubric', '--write', file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toEqual([`${file}: --write adds "Key points:" blocks to Markdown decks (.md, .txt) only; this is a YAML deck; list the points under each question's "keyPoints" yourself.`]);
    expect(readFileSync(file, 'utf8')).toBe(yaml);
    // Without --write it still shows the rubric.
    expect(runQuizbot(dir, ['deck', 'rubric', file]).out).toContain('derived');
  });

  it('answers a missing or broken deck with one line and exit code 1, never a stack trace', () => {
    const missing = runQuizbot(dir, ['deck', 'rubric', path.join(dir, 'nope.md')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`${path.join(dir, 'nope.md')}: no such file\n`);
    const broken = deckFile('broken.md', '### 1. One?\n\n### 1. Two?\nAnswer: b\n');
    const r = runQuizbot(dir, ['deck', 'rubric', broken, '--write']);
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${broken}:1: question 1 has no answer; add a line starting "Answer:" after it (and 1 more problem; "quizbot deck check ${broken}" lists them all)`,
    ]);
  });

  it('shows its usage for a wrong command line', () => {
    const r = runQuizbot(dir, ['deck', 'rubric']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('quizbot deck rubric DECK [--write]');
  });
});
