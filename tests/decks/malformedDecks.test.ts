import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeckFormat, DeckParseResult } from '../../src/core/deck.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';

const dir = mkdtempSync(join(tmpdir(), 'quizbot-decks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function problemsOf(result: DeckParseResult): string[] {
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.problems.map((p) => `${p.line}: ${p.message}`);
}

const mdQuestions = (n: number): string =>
  Array.from({ length: n }, (_, i) => `### ${i + 1}. Question ${i + 1}?\nAnswer:---> Answer ${i + 1}.\n`).join('\n');

describe('files that are not decks', () => {
  it('refuses an empty file', () => {
    expect(problemsOf(loadDeckFile(file('empty.md', '')))).toEqual([expect.stringMatching(/the file is empty/)]);
  });

  it('refuses a file of only blank lines as empty', () => {
    expect(problemsOf(loadDeckFile(file('blank.md', '\n \r\n\t\n')))).toEqual([expect.stringMatching(/the file is empty/)]);
  });

  it('refuses binary junk', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(problemsOf(loadDeckFile(file('junk.md', junk)))).toEqual([expect.stringMatching(/not a text file/)]);
  });

  it('refuses text that is not valid UTF-8', () => {
    const latin1 = Buffer.from('### 1. Caf\xe9?\nAnswer: oui\n', 'latin1');
    expect(problemsOf(loadDeckFile(file('latin1.md', latin1)))).toEqual([expect.stringMatching(/^1: this file is not UTF-8 text: byte 0xE9 at line 1, column 11 .*save the deck as UTF-8/)]);
  });

  it('refuses a 50 MB file by its size without reading it', () => {
    const path = file('huge.md', '');
    truncateSync(path, 50 * 1024 * 1024);
    const problems = problemsOf(loadDeckFile(path));
    expect(problems).toEqual([expect.stringMatching(/file is 50\.0 MB; decks are limited to 5 MB/)]);
  });

  it('refuses a missing file with a message instead of throwing', () => {
    expect(problemsOf(loadDeckFile(join(dir, 'nope.md')))).toEqual([expect.stringMatching(/cannot read|not found|no such/i)]);
  });

  it('refuses a file with an extension it cannot read', () => {
    expect(problemsOf(loadDeckFile(file('deck.pdf', mdQuestions(1))))).toEqual([expect.stringMatching(/\.md.*\.csv/)]);
  });

  it('refuses a text with no question in it', () => {
    expect(problemsOf(parseDeck('Just some notes.\n', 'markdown'))).toEqual([expect.stringMatching(/no questions/)]);
  });
});

describe('decks that are too big', () => {
  it('refuses 20,000 questions with the count, in bounded time', () => {
    const path = file('many.md', mdQuestions(20_000));
    const problems = problemsOf(loadDeckFile(path));
    expect(problems).toEqual([expect.stringMatching(/20,?000 questions.*5,?000/)]);
  });

  it('accepts 5,000 questions', () => {
    const result = parseDeck(mdQuestions(5000), 'markdown', 'five-thousand.md');
    expect(result.ok && result.deck.questions.length).toBe(5000);
  });

  it('caps the report when nearly every line is a problem', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `### ${i + 1}. No answer here?`).join('\n');
    const problems = problemsOf(parseDeck(text, 'markdown'));
    expect(problems.length).toBeLessThanOrEqual(101);
    expect(problems.at(-1)).toMatch(/more problems/);
  });
});

describe('broken Markdown decks', () => {
  it('names both lines of a duplicate question number', () => {
    const text = ['### 1. One?', 'Answer: a', '', '### 2. Two?', 'Answer: b', '', '### 2. Again two?', 'Answer: c', ''].join('\n');
    expect(problemsOf(parseDeck(text, 'markdown'))).toEqual(['7: question 2 is numbered like the question on line 4']);
  });

  it('reports a question without an answer on its line', () => {
    const text = ['### 1. One?', 'Answer: a', '', '**2. Two?**', '', '### 3. Three?', 'Answer: c', ''].join('\n');
    expect(problemsOf(parseDeck(text, 'markdown'))).toEqual([expect.stringMatching(/^4: question 2 has no answer/)]);
  });

  it('reports an answer with no question before it', () => {
    const text = ['# Deck', '', 'Answer: orphan', '', '### 1. One?', 'Answer: a', ''].join('\n');
    expect(problemsOf(parseDeck(text, 'markdown'))).toEqual([expect.stringMatching(/^3: .*Answer.*before any question/)]);
  });

  it('reports an empty prompt', () => {
    expect(problemsOf(parseDeck('### 1.\nAnswer: a\n', 'markdown'))).toEqual([expect.stringMatching(/^1: question 1 has no text/)]);
  });

  it('reports every problem, not just the first', () => {
    const text = ['### 1. One?', '', '### 1. Dup?', 'Answer: b', '', '### 3.', 'Answer: c', ''].join('\n');
    const problems = problemsOf(parseDeck(text, 'markdown'));
    expect(problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['1', '3', '6']));
    expect(problems).toHaveLength(3);
  });
});

// A backtracking regex turns these into minutes; linear code reads them at once.
// No timing assertion: the test timeout catches a regression.
describe('hostile input is read in linear time', () => {
  const spaces = ' '.repeat(300_000);

  it('reads a heading with a huge run of spaces inside it', () => {
    const result = parseDeck(`### 1. a${spaces}b\nAnswer: x\n**2. c${spaces}d **\nAnswer: y\n`, 'markdown');
    expect(result.ok && result.deck.questions.map((q) => q.prompt)).toEqual(['a b', 'c d']);
  });

  it('collapses long runs of spaces around math in an answer', () => {
    const result = parseDeck(`### 1. q\nAnswer: a${' '.repeat(3000)}$x$${' '.repeat(3000)}, b\n`, 'markdown');
    expect(result.ok && result.deck.questions[0]?.answer).toBe('a x, b');
  });

  it('refuses YAML nested thousands of levels deep on the line where it gets too deep', () => {
    const problems = problemsOf(parseDeck(`Q?:\n  - ${'['.repeat(1_000_000)}`, 'yaml'));
    expect(problems).toEqual([expect.stringMatching(/^2: .*nests/)]);
  });

  it('does not mistake brackets inside questions for nesting', () => {
    const text = Array.from({ length: 100 }, (_, i) => `What is x[${i}] in [a, b)?:\n- ${i}\n`).join('');
    const result = parseDeck(text, 'yaml');
    expect(result.ok && result.deck.questions).toHaveLength(100);
  });

  it('reads a million tags without overflowing the stack', () => {
    const result = parseDeck(`### 1. q\nAnswer: a\nTags: ${'t,'.repeat(1_000_000)}\n`, 'markdown');
    expect(result.ok && result.deck.questions[0]?.tags.length).toBe(1_000_000);
  });
});

describe('parseDeck never throws', () => {
  const inputs = ['\u0000\u0001\u0002', '{', '[[[[', '"', '$$$$', '### 1. $\\frac{', `$${'{'.repeat(100_000)}$`, '- - -\n: :', 'null', '42'];
  const formats: DeckFormat[] = ['markdown', 'yaml', 'json', 'csv'];
  for (const format of formats) {
    it(`returns problems for junk read as ${format}`, () => {
      for (const text of inputs) {
        const result = parseDeck(text, format);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }
    });
  }

  it('renders deeply nested LaTeX without blowing the stack', () => {
    const text = `### 1. Depth $${'{'.repeat(50_000)}x${'}'.repeat(50_000)}$?\nAnswer: a\n`;
    expect(() => parseDeck(text, 'markdown')).not.toThrow();
  });
});
