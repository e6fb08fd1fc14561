import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { rubricFor } from '../../../src/core/grading/rubric.ts';
import { dropout, momentum, open, sameWeights, sameWeightsDerived, sparse, zeroBias } from './questions.ts';
import { words } from '../../helpers/shown.ts';
import { deckQuestion } from './shippedDeck.ts';

const grader = createGrader();
const grade = grader.grade.bind(grader);

describe('rubric', () => {
  it('takes the items of a numbered list as key points', () => {
    expect(rubricFor(sparse).points.map((p) => p.label)).toEqual(['L1 Regularization', 'Dropout', 'Pruning']);
  });

  it('reads the verdict of a yes/no question from the model answer', () => {
    expect(rubricFor(sameWeightsDerived).points[0]).toMatchObject({ label: 'No', verdict: { expected: 'no' } });
    expect(rubricFor(zeroBias).points[0]).toMatchObject({ label: 'Yes', verdict: { expected: 'yes' } });
  });

  it('makes one verdict point per part of a two-part question', () => {
    expect(rubricFor(dropout).points.map((p) => p.label)).toEqual(['training: yes', 'inference: no']);
  });

  it('derives a few ideas from a prose answer', () => {
    const labels = rubricFor(momentum).points.map((p) => p.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(3);
  });

  it('prefers explicit key points over derived ones', () => {
    expect(rubricFor(sameWeights).points.map((p) => p.label)).toEqual(['No', 'symmetry', 'each weight its own random value']);
  });

  it('is built once per question object', () => {
    expect(rubricFor(sparse)).toBe(rubricFor(sparse));
  });
});

describe('grades', () => {
  it('gives proportional partial credit and names only the matched points', () => {
    const g = grade(sparse, 'L1 regularization and pruning');
    expect(g).toMatchObject({ verdict: 'partial', matched: ['L1 Regularization', 'Pruning'], missed: ['Dropout'] });
    expect(g.score).toBeCloseTo(2 / 3, 2);
    expect(words(g.feedback)).toBe('2 of 3 key points: L1 Regularization and Pruning.');
  });

  it('grades a complete answer correct with score 1', () => {
    expect(grade(sparse, 'dropout, L1 regularization, pruning')).toMatchObject({ score: 1, verdict: 'correct', missed: [] });
  });

  it('accepts the verdict and main reason without every detail when the prompt asks for no count', () => {
    expect(grade(sameWeights, 'No, the neurons stay symmetric.')).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('gives a bare correct verdict partial credit', () => {
    expect(grade(sameWeights, 'No.').verdict).toBe('partial');
  });

  it('returns an empty rubric answer as incorrect rather than throwing', () => {
    expect(grade(open('Explain.', ''), 'something').verdict).toBe('incorrect');
  });
});

describe('odd input', () => {
  it('treats words that name object properties as plain words', () => {
    expect(() => grade(sparse, 'constructor toString __proto__ hasOwnProperty')).not.toThrow();
    expect(grade(sparse, 'constructor toString').score).toBe(0);
  });

  it('reads past emoji, mentions and accents', () => {
    // "lasso" is the default deck's alias of L1 regularization (no global synonyms since grader 2).
    expect(grade(deckQuestion(6), '@everyone 🔥 Drôpout, prüning & lasso!!').verdict).toBe('correct');
    expect(grade(sparse, '@everyone 🔥 Drôpout, prüning & L1 regularization!!').verdict).toBe('correct');
  });

  it('keeps every score within [0, 1]', () => {
    for (const a of ['no no no no', 'yes '.repeat(50), 'L1 '.repeat(500), '....']) {
      const g = grade(sameWeights, a);
      expect(g.score).toBeGreaterThanOrEqual(0);
      expect(g.score).toBeLessThanOrEqual(1);
    }
  });
});
