import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf, problemsOf } from './deckResult.ts';

/** `length` characters of prose. */
const prose = (length: number) => 'The crystals were square with small marks on top. '.repeat(Math.ceil(length / 50)).slice(0, length).trimEnd().padEnd(length, 'x');
const deck = (prompt: string, answer = 'The salt stayed behind.') => `# Long\n\n### 1. ${prompt}\n\nAnswer: ${answer}\n\n### 2. Short?\n\nAnswer: Yes.\n`;

const dir = mkdtempSync(join(tmpdir(), 'quizbot-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(text: string): { code: number; lines: string[]; path: string } {
  const path = join(dir, `deck-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(path, text);
  const lines: string[] = [];
  return { code: deckCheck(path, (l) => lines.push(l)), lines, path };
}

describe('long deck texts', () => {
  it('loads a 1,061-character question whole: every platform shows that much, so there is nothing to warn about', () => {
    const prompt = prose(1061);
    const result = parseDeck(deck(prompt), 'markdown', 'long.md');
    expect(deckOf(result).questions[0]?.prompt).toBe(prompt);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('loads a question longer than Slack shows with a warning, keeping all of it for grading', () => {
    const prompt = prose(3500);
    const result = parseDeck(deck(prompt), 'markdown', 'long.md');
    expect(deckOf(result).questions[0]?.prompt).toBe(prompt);
    expect(result.ok && result.warnings).toEqual([
      { line: 3, message: 'question 1 is 3,500 characters long, more than chat shows (Slack 3,000); it is shown shortened there, and grading still uses all of it' },
    ]);
  });

  it('warns about a model answer longer than both platforms show', () => {
    const result = parseDeck(deck('Why?', prose(5000)), 'markdown', 'long.md');
    expect(deckOf(result).questions[0]?.answer).toHaveLength(5000);
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'the answer to question 1 is 5,000 characters long, more than chat shows (Discord 4,096, Slack 3,000); it is shown shortened there, and grading still uses all of it',
    ]);
  });

  it('refuses a text over 20,000 characters, which no deck needs', () => {
    expect(problemsOf(parseDeck(deck('Why?', prose(20_001)), 'markdown', 'long.md'))).toEqual([
      '3: the answer to question 1 is 20,001 characters long; a deck text may have at most 20,000, so please shorten it',
    ]);
    const json = JSON.stringify({ questions: [{ type: 'open', prompt: 'Why?', answer: 'a', accepted: [prose(25_000)] }] });
    expect(problemsOf(parseDeck(json, 'json', 'x.json'))).toEqual([
      '1: an accepted answer of question 1 is 25,000 characters long; a deck text may have at most 20,000, so please shorten it',
    ]);
  });

  it('deck check prints the warning as file:line: warning: and exits 0', () => {
    const { code, lines, path } = check(deck(prose(3500)));
    expect(code).toBe(0);
    expect(lines).toContain('2 questions');
    expect(lines.at(-1)).toBe(`${path}:3: warning: question 1 is 3,500 characters long, more than chat shows (Slack 3,000); it is shown shortened there, and grading still uses all of it`);
  });

  it('deck check passes a deck whose longest question has 1,061 characters', () => {
    const { code, lines } = check(deck(prose(1061)));
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('warning'))).toBe(false);
  });
});
