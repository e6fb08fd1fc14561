import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import type { Grade } from '../../../src/core/grading/grader.ts';
import { words } from '../../helpers/shown.ts';
import { deckQuestion } from './shippedDeck.ts';

const grader = createGrader();
const grade = grader.grade.bind(grader);

/** The labels the feedback reports as said the other way round ("… Says the opposite of: a, b, and c."). */
function namedAsOpposite(g: Grade): string[] {
  const m = /Says the opposite of: (.*?)\.?$/.exec(words(g.feedback));
  return m ? (m[1] as string).split(/, and |, | and /) : [];
}

interface Reversal {
  /** What the answer says the other way round. */
  name: string;
  /** Question number in the default deck. */
  question: number;
  /** Labels of the key points the reversed answer contradicts. */
  points: string[];
  reversed: string;
  /** What a teacher gives the reversed answer. */
  verdict: 'partial' | 'incorrect';
  /** The same answer, worded the way the deck's key point says it. */
  right: string;
}

// Minimal pairs on the default deck: each reversed answer differs from its right one only
// in the direction of the claim, so the difference in grade is the direction alone.
const reversals: Reversal[] = [
  {
    name: '"faster convergence" for "slow convergence"',
    question: 5,
    points: ['slow convergence'],
    reversed: 'It overshoots the minimum and oscillates around it, with faster convergence.',
    verdict: 'partial',
    right: 'It overshoots the minimum and oscillates around it, with slower convergence.',
  },
  {
    name: '"less smooth" for "smoother"',
    question: 3,
    points: ['smoother'],
    reversed: 'ELU is less smooth than ReLU, it avoids dead neurons, and its mean output is closer to zero.',
    verdict: 'partial',
    right: 'ELU is smoother than ReLU, it avoids dead neurons, and its mean output is closer to zero.',
  },
  {
    name: '"more dying neurons" for "no dying neurons"',
    question: 3,
    points: ['no dying neurons'],
    reversed: 'ELU is smoother than ReLU, it has more dying neurons, and its mean output is closer to zero.',
    verdict: 'partial',
    right: 'ELU is smoother than ReLU, it has no dying neurons, and its mean output is closer to zero.',
  },
  {
    name: '"never diverges" for "may diverge"',
    question: 5,
    points: ['may diverge'],
    reversed: 'It overshoots the minimum and oscillates around it, and it never diverges.',
    verdict: 'partial',
    right: 'It overshoots the minimum and oscillates around it, and it may diverge.',
  },
  {
    name: '"not L1, not dropout, not pruning" for the three ways to a sparse model',
    question: 6,
    points: ['L1 regularization', 'dropout', 'pruning'],
    reversed: 'not L1, not dropout, not pruning',
    verdict: 'incorrect',
    right: 'L1 regularization, dropout, pruning',
  },
];

describe('a key point said the other way round', () => {
  it.each(reversals)('$name: scores below 1 ($verdict), and the point is contradicted, not matched', ({ question, points, reversed, verdict }) => {
    const g = grade(deckQuestion(question), reversed);
    expect(g.score).toBeLessThan(1);
    expect(g.verdict).toBe(verdict);
    expect(g.contradicted).toEqual(expect.arrayContaining(points));
    for (const p of points) expect(g.matched).not.toContain(p);
  });

  it.each(reversals)('$name: the feedback names the point as said the other way round', ({ question, points, reversed }) => {
    const g = grade(deckQuestion(question), reversed);
    expect(namedAsOpposite(g)).toEqual(expect.arrayContaining(points));
  });

  it.each(reversals)('$name, worded the right way: the point is matched, not contradicted, and scores higher', ({ question, points, reversed, right }) => {
    const q = deckQuestion(question);
    const g = grade(q, right);
    for (const p of points) {
      expect(g.contradicted).not.toContain(p);
      expect(g.matched).toContain(p);
      expect(namedAsOpposite(g)).not.toContain(p);
    }
    expect(g.score).toBeGreaterThan(grade(q, reversed).score);
  });
});

describe('complete answers worded the right way', () => {
  // One natural full answer per default-deck question: every key point, none reversed.
  const complete: Array<[number, string]> = [
    [1, 'No: the neurons would stay symmetric, so each weight needs its own random value.'],
    [2, 'Yes, zero is fine because the random weights break the symmetry; a small positive bias can help ReLU.'],
    [3, 'Unlike ReLU, ELU is smoother, has no dying neurons, and its mean output is closer to zero.'],
    [5, 'It overshoots the minimum and oscillates, converges slowly, and may diverge.'],
    [6, 'L1 regularization, dropout and pruning.'],
    [7, 'Yes, it slows down training, but it does not slow down inference.'],
  ];

  it.each(complete)('question %i: "%s" contradicts nothing and is correct', (n, answer) => {
    const g = grade(deckQuestion(n), answer);
    expect(g.contradicted).toEqual([]);
    expect(g.verdict).toBe('correct');
    expect(g.score).toBe(1);
  });
});

describe('claim direction does not spill over', () => {
  it('denying one listed way leaves the others matched', () => {
    const g = grade(deckQuestion(6), 'Use L1 regularization and dropout, but not pruning.');
    expect(g).toMatchObject({ verdict: 'partial', contradicted: ['pruning'] });
    expect(g.matched).toEqual(['L1 regularization', 'dropout']);
  });
});
