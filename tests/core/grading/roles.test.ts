import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { words } from '../../helpers/shown.ts';
import { open } from './questions.ts';

const grader = createGrader();

// Written for this test, not taken from any labelled set.
const momentumVsDropout = open(
  'What is the difference between momentum and dropout?',
  'Momentum keeps a running average of past gradients so each update continues in the direction it was already moving. Dropout switches off random neurons during training so the network cannot rely on any single one.',
);

describe('definitions of the two things a question compares, exchanged', () => {
  const swapped = 'momentum switches off random neurons while training, and dropout keeps a running average of past gradients';
  const right = 'momentum keeps a running average of past gradients, and dropout switches off random neurons while training';

  it('earn nothing, and the feedback says which points were said the other way round', () => {
    const g = grader.grade(momentumVsDropout, swapped);
    expect(g.verdict).toBe('incorrect');
    expect(g.contradicted.length).toBeGreaterThan(0);
    expect(words(g.feedback)).toContain('Says the opposite of');
  });

  it('while the same words the right way round are correct and contradict nothing', () => {
    const g = grader.grade(momentumVsDropout, right);
    expect(g.verdict).toBe('correct');
    expect(g.contradicted).toEqual([]);
  });

  it('a question that compares nothing is never read for swapped roles', () => {
    const plain = open('Why does momentum help training?', momentumVsDropout.answer);
    expect(grader.grade(plain, swapped).contradicted).toEqual([]);
  });
});
