import { describe, expect, it } from 'vitest';
import { addKeyPointsToMarkdown } from '../../src/decks/addKeyPointsToMarkdown.ts';

const points = new Map([[1, [{ label: 'evaporation', aliases: ['boil | dry'] }]]]);

describe('adding key points to a Markdown deck', () => {
  it('keeps a file without a final newline without one', () => {
    expect(addKeyPointsToMarkdown('### 1. How?\nAnswer: It evaporated.', points)).toEqual({
      ok: true,
      text: '### 1. How?\nAnswer: It evaporated.\n\nKey points:\n- evaporation | boil / dry',
    });
  });

  it('keeps a blank line between the block and a question right after the answer', () => {
    const added = addKeyPointsToMarkdown('### 1. How?\r\nAnswer: It evaporated.\r\n### 2. Why?\r\nAnswer: Heat.\r\n', points);
    expect(added).toEqual({ ok: true, text: '### 1. How?\r\nAnswer: It evaporated.\r\n\r\nKey points:\r\n- evaporation | boil / dry\r\n\r\n### 2. Why?\r\nAnswer: Heat.\r\n' });
  });

  it('refuses a question the deck does not have', () => {
    expect(addKeyPointsToMarkdown('### 1. How?\nAnswer: It evaporated.\n', new Map([[4, [{ label: 'x', aliases: [] }]]]))).toEqual({ ok: false, question: 4 });
  });
});
