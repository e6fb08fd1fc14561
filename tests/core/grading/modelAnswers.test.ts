import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/deck.ts';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { open } from './questions.ts';

const grader = createGrader();
const grade = grader.grade.bind(grader);

/** A short-answer open question without stated key points, so its model answers decide the grade. */
const shuffle = (accepted: string[]): Question => ({
  ...open(
    'Why should the training data be shuffled between epochs?',
    'So that every epoch sees the examples in a new order and the model cannot learn their order.',
  ),
  accepted,
});
const second = 'Shuffling keeps consecutive mini-batches uncorrelated, so the gradient estimates stay unbiased.';

describe('further model answers (accepted) of an open question', () => {
  // Shares no informative word with the first model answer; says what the second one says.
  const answers = [
    'Consecutive mini-batches stay uncorrelated, so the gradient estimates are unbiased.',
    'It keeps the gradient estimates unbiased because mini-batches are not correlated.',
  ];

  it.each(answers)('credit an answer close only to the second model answer: %s', (a) => {
    expect(grade(shuffle([second]), a)).toMatchObject({ verdict: 'correct', score: 1 });
  });

  it.each(answers)('without the second model answer, the same answer gets less: %s', (a) => {
    expect(grade(shuffle([]), a).score).toBeLessThan(grade(shuffle([second]), a).score);
  });

  it('still grade an answer close to the first model answer as before', () => {
    const a = 'Each epoch sees the examples in a new order, so the model cannot learn the order.';
    expect(grade(shuffle([second]), a).verdict).toBe(grade(shuffle([]), a).verdict);
    expect(grade(shuffle([second]), a).verdict).toBe('correct');
  });
});
