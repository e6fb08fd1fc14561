import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { dropout, sameWeights, sameWeightsDerived, zeroBias } from './questions.ts';

const grader = createGrader();
const grade = grader.grade.bind(grader);

describe('polarity of yes/no answers', () => {
  it('gives no credit for the opposite verdict even when it reuses the deck words', () => {
    const g = grade(sameWeights, "Yes, it's fine to use the same He-sampled value");
    expect(g).toMatchObject({ score: 0, verdict: 'incorrect', reason: 'contradiction' });
  });

  it('reads the opposite verdict against a derived rubric too', () => {
    expect(grade(sameWeightsDerived, "Yes, it's fine to use the same He-sampled value").score).toBe(0);
  });

  it('reads chat negatives: nah, bad idea, not recommended, shouldn\'t', () => {
    for (const a of ['nah', 'bad idea', 'not recommended', "you shouldn't"]) {
      expect(grade(sameWeights, a).matched, a).toContain('No');
    }
  });

  it('reads chat positives: fine, yep, sure', () => {
    for (const a of ['fine', 'yep', 'sure, zero is ok']) expect(grade(zeroBias, a).matched, a).toContain('Yes');
  });

  it('commits to nothing when the answer asserts both verdicts', () => {
    expect(grade(sameWeights, 'Yes and no.')).toMatchObject({ score: 0, reason: 'both-verdicts' });
  });

  it('is not fooled by a negation inside the reason', () => {
    expect(grade(zeroBias, "Yes, it's fine because biases don't need to break the symmetry").matched).toContain('Yes');
  });

  it('does not read "no idea" as a no', () => {
    expect(grade(sameWeights, 'no idea').reason).toBe('idk');
  });
});

describe('two-part yes/no questions', () => {
  it('assigns verdicts to the part whose topic they name', () => {
    expect(grade(dropout, 'It slows down training but not inference.')).toMatchObject({ verdict: 'correct', score: 1 });
    expect(grade(dropout, 'inference: no, training: yes')).toMatchObject({ verdict: 'correct' });
  });

  it('reads bare verdicts in the order of the questions', () => {
    expect(grade(dropout, 'yes and no').verdict).toBe('correct');
    expect(grade(dropout, 'no and yes').verdict).toBe('incorrect');
  });

  it('credits each part on its own', () => {
    expect(grade(dropout, 'Yes, it slows down both training and inference.')).toMatchObject({ verdict: 'partial', matched: ['training: yes'] });
  });

  it('does not spread a lone verdict over both parts', () => {
    expect(grade(dropout, 'no').verdict).toBe('incorrect');
  });
});
