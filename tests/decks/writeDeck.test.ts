import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { addAcceptedToMarkdown, fitsAlsoAcceptedLine, newAcceptedAnswers, withAcceptedAnswers } from '../../src/decks/addAcceptedAnswers.ts';
import { loadDeckDir } from '../../src/decks/loadDeckDir.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckEssence, deckToJson, deckToMarkdown } from '../../src/decks/writeDeck.ts';

const decks = loadDeckDir(loadConfig({}).DECKS_DIR).decks;
const seed = decks.get('deep-learning-training')!;
const seedFile = `${loadConfig({}).DECKS_DIR}/deep-learning-training.md`;

describe('accepted answers a deck learns from reviews', () => {
  it('are new to their question, one line each, without repeats; choice questions take none', () => {
    const csv = parseDeck('question,answer\nCapital of France?,Paris\n', 'csv');
    if (!csv.ok) throw new Error('the CSV deck should parse');
    const deck = csv.deck;
    expect(newAcceptedAnswers(deck, [
      { question: 1, answer: 'paris' },
      { question: 1, answer: '  Paris,\n  France ' },
      { question: 1, answer: 'PARIS, france' },
      { question: 2, answer: 'Rome' },
    ])).toEqual(new Map([[1, ['Paris, France']]]));
    const choice = parseDeck(JSON.stringify({ questions: [{ type: 'choice', prompt: 'Pick', choices: ['a', 'b'], correct: 0 }] }), 'json');
    expect(choice.ok && newAcceptedAnswers(choice.deck, [{ question: 1, answer: 'b' }])).toEqual(new Map());
  });

  it('go into a Markdown deck as Also accepted lines after the answer, every other byte kept', () => {
    const source = readFileSync(seedFile, 'utf8');
    const added = new Map([[6, ['Lasso penalties, dropping units and cutting weights', 'weights pushed to zero by L1']], [7, ['yes for training, no for inference']]]);
    const r = addAcceptedToMarkdown(source, added);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const insertedAt6 = '\n\nAlso accepted: Lasso penalties, dropping units and cutting weights\n\nAlso accepted: weights pushed to zero by L1\n\nKey points:\n- L1 regularization | lasso';
    expect(r.text).toContain(`leading to sparsity.${insertedAt6}`);
    expect(r.text.replace(insertedAt6.replace('\n\nKey points:\n- L1 regularization | lasso', ''), '').replace('\n\nAlso accepted: yes for training, no for inference', '')).toBe(source);
    const back = parseDeck(r.text, 'markdown');
    expect(back.ok && deckEssence(back.deck)).toBe(deckEssence(withAcceptedAnswers(seed, added)));
    expect(back.ok && back.deck.questions.find((q) => q.number === 6)!.keyPoints).toEqual(seed.questions.find((q) => q.number === 6)!.keyPoints);
  });

  it('keep Windows line endings and refuse a question the deck does not have', () => {
    expect(addAcceptedToMarkdown('### 1. How?\r\nAnswer: It evaporated.\r\n', new Map([[1, ['it dried']]]))).toEqual({ ok: true, text: '### 1. How?\r\nAnswer: It evaporated.\r\n\r\nAlso accepted: it dried\r\n' });
    expect(addAcceptedToMarkdown('### 1. How?\nAnswer: It evaporated.\n', new Map([[4, ['x']]]))).toEqual({ ok: false, question: 4 });
  });

  it('that Markdown would read differently are told apart', () => {
    expect(fitsAlsoAcceptedLine('**dropout** and pruning')).toBe(true);
    // LaTeX is made readable when a deck is read, so it would not read back as written.
    expect(fitsAlsoAcceptedLine('std $\\sqrt{2/n}$')).toBe(false);
  });
});

describe('writing a deck', () => {
  it('as Markdown reads back as the same deck, glossary included', () => {
    const r = deckToMarkdown(seed);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toMatch(/^# Training Deep Neural Networks\n\nQuestions on initialization/);
  });

  it('as JSON reads back as the same deck for every question type', () => {
    const yaml = decks.get('general-science')!;
    for (const deck of [seed, yaml]) expect(deckToJson(deck).ok).toBe(true);
    const choice = parseDeck(JSON.stringify({ title: 'Mixed', questions: [{ type: 'choice', prompt: 'Pick', choices: ['a', 'b', 'c'], correct: [0, 'c'] }, { type: 'short', prompt: 'Two?', accepted: ['2', 'two'] }] }), 'json');
    expect(choice.ok && deckToJson(choice.deck).ok).toBe(true);
  });

  it('refuses Markdown for decks with short or choice questions', () => {
    const csv = parseDeck('question,answer\nCapital of France?,Paris\n', 'csv');
    expect(csv.ok && deckToMarkdown(csv.deck)).toEqual({ ok: false, reason: 'not-open' });
  });
});
