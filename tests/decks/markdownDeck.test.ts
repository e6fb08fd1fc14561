import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf } from './deckResult.ts';

const md = (...lines: string[]) => deckOf(parseDeck(lines.join('\n'), 'markdown', 'notes.md'));

describe('Markdown decks', () => {
  it('takes the title, author and description from before the first question', () => {
    const deck = md('# Optimizers', 'Author: Ada', 'Momentum, Adam and friends.', '', '### 1. What is momentum?', 'Answer: A running average of gradients.');
    expect(deck).toMatchObject({ title: 'Optimizers', author: 'Ada', description: 'Momentum, Adam and friends.' });
  });

  it('keeps bold numbered list items inside an answer instead of starting questions', () => {
    const deck = md('### 1. Name two tricks.', 'Answer:', '', '**1. Dropout**', 'Drops units.', '', '**2. Pruning**', 'Cuts weights.', '', '### 2. Next?', 'Answer: x');
    expect(deck.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(deck.questions[0]?.answer).toBe('**1. Dropout**\nDrops units.\n\n**2. Pruning**\nCuts weights.');
  });

  it('starts a question at a bold numbered line that an Answer line follows', () => {
    const deck = md('### 1. One?', 'Answer: a', '', '**2. Two?**', '', 'Answer:--> b');
    expect(deck.questions.map((q) => [q.number, q.prompt, q.answer])).toEqual([[1, 'One?', 'a'], [2, 'Two?', 'b']]);
  });

  it('accepts any run of dashes and arrows after Answer:', () => {
    const deck = md('### 1. A?', 'Answer: a', '### 2. B?', 'answer:->b', '### 3. C?', 'Answer:------>>c');
    expect(deck.questions.map((q) => q.answer)).toEqual(['a', 'b', 'c']);
  });

  it('reads key points with aliases and tags, keeping them out of the answer', () => {
    const deck = md('### 1. Why dropout?', 'Answer: It regularizes.', '', 'Key points:', '- regularization | regularizes | less overfitting', '- ensemble', '', 'Tags: regularization, training');
    expect(deck.questions[0]).toMatchObject({
      answer: 'It regularizes.',
      keyPoints: [
        { label: 'regularization', aliases: ['regularizes', 'less overfitting'] },
        { label: 'ensemble', aliases: [] },
      ],
      tags: ['regularization', 'training'],
    });
  });

  it('removes an answer that opens by repeating the whole question, and says so', () => {
    const result = parseDeck('### 1. Is ReLU linear?\nAnswer: Is ReLU linear? No, it is piecewise linear.\n', 'markdown', 'x.md');
    expect(deckOf(result).questions[0]?.answer).toBe('No, it is piecewise linear.');
    expect(result.ok && result.warnings).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/repeating the end of the question/) })]);
  });

  it('keeps answers that only share a word or two with the end of the question', () => {
    const deck = md('### 1. Does dropout slow down training?', 'Answer: Training is slower, yes.', '### 2. Is the bias needed?', 'Answer: needed? Mostly.');
    expect(deck.questions.map((q) => q.answer)).toEqual(['Training is slower, yes.', 'needed? Mostly.']);
  });
});
