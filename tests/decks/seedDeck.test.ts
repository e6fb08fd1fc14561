import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deck, DeckParseResult } from '../../src/core/deck.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';

const seedText = readFileSync(new URL('./fixtures/seed.txt', import.meta.url), 'utf8');
const shippedPath = new URL('../../data/decks/deep-learning-training.md', import.meta.url).pathname;

function deckOf(result: DeckParseResult): Deck {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.deck;
}

const seed = deckOf(parseDeck(seedText, 'markdown', 'seed.txt'));
const answer = (n: number): string => seed.questions.find((q) => q.number === n)?.answer ?? '';

describe('the seed deck', () => {
  it('has seven open questions numbered 1 to 7', () => {
    expect(seed.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seed.questions.every((q) => q.type === 'open')).toBe(true);
  });

  it('reads both heading styles as prompts without their markup', () => {
    expect(seed.questions[1]?.prompt).toBe('Is it okay to initialize the bias terms to 0?');
    expect(seed.questions[5]?.prompt).toBe('Name three ways you can produce a sparse model.');
  });

  it('records the line each question starts on', () => {
    expect(seed.questions[0]?.line).toBe(3);
    expect(seed.questions[4]?.line).toBe(seedText.split('\n').findIndex((l) => l.startsWith('**5.')) + 1);
  });

  it('drops the echo of the question at the start of answer 1', () => {
    expect(answer(1)).toMatch(/^It is generally not recommended/);
  });

  it('removes the Answer:---> marker from every answer', () => {
    for (const q of seed.questions) expect(q.answer).not.toMatch(/Answer|--+>/);
  });

  it('renders inline LaTeX readably and tidies the spaces around it', () => {
    expect(answer(1)).toContain('standard deviation is √(2/n), where n is the number of inputs');
    expect(answer(1)).not.toContain('$');
  });

  it('keeps multi-paragraph answers up to the next question', () => {
    const paragraphs = answer(2).split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[2]).toMatch(/^In general, the initialization of the bias terms/);
  });

  it('keeps numbered lists inside answers as "N. " lines', () => {
    const lines = answer(6).split('\n');
    expect(lines[0]).toBe('Here are three ways to produce a sparse model:');
    expect(lines.filter((l) => /^\d\. /.test(l)).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(answer(6)).toContain('1. L1 Regularization: L1 regularization (also known as Lasso regularization)');
  });

  it('keeps the items of a list together even when a blank line separates two of them', () => {
    expect(answer(4)).toMatch(/^1\. ELU .*\n2\. Leaky ReLU/m);
  });

  it('has no double spaces left in any prompt or answer', () => {
    for (const q of seed.questions) {
      expect(q.prompt).not.toContain('  ');
      expect(q.answer).not.toContain('  ');
    }
  });

  it('is titled from the file name when the file has no title line', () => {
    expect(seed.title).toBe('Seed');
  });

  it('parses the same with CRLF line endings and a byte-order mark', () => {
    const windows = deckOf(parseDeck(`\uFEFF${seedText.replace(/\n/g, '\r\n')}`, 'markdown', 'seed.txt'));
    expect(windows).toEqual(seed);
  });

  it('parses the same with extra blank lines scattered around', () => {
    const spaced = deckOf(parseDeck(`\n\n${seedText.replace(/\n\n/g, '\n\n\n\n')}\n\n\n`, 'markdown', 'seed.txt'));
    expect(spaced.questions.map(({ line: _line, ...q }) => q)).toEqual(seed.questions.map(({ line: _line, ...q }) => q));
  });
});

describe('the shipped deep-learning deck', () => {
  const result = loadDeckFile(shippedPath);
  const deck = deckOf(result);

  it('is titled for what it is and holds the seed questions unchanged', () => {
    expect(deck.title).toBe('Training Deep Neural Networks');
    expect(deck.questions.map(({ number, prompt, answer: a }) => ({ number, prompt, answer: a }))).toEqual(
      seed.questions.map(({ number, prompt, answer: a }) => ({ number, prompt, answer: a })),
    );
  });

  it('states key points with aliases for every question', () => {
    for (const q of deck.questions) expect(q.keyPoints.length).toBeGreaterThanOrEqual(2);
    const q6 = deck.questions[5]?.keyPoints.map((k) => k.label);
    expect(q6).toEqual(['L1 regularization', 'dropout', 'pruning']);
    expect(deck.questions[5]?.keyPoints[0]?.aliases).toContain('lasso');
    expect(deck.questions[6]?.keyPoints.map((k) => k.label)).toEqual(['training: yes, slower', 'inference: no']);
  });

  it('keeps key points and tags out of the model answer', () => {
    for (const q of deck.questions) {
      expect(q.answer).not.toMatch(/Key points|Tags:/);
      expect(q.tags.length).toBe(1);
    }
  });
});
