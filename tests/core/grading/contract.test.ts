import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/deck.ts';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { GRADER_VERSION } from '../../../src/core/grading/graderVersion.ts';
import { FEATURES } from '../../../src/core/grading/model.ts';
import { choice, open, sameWeights, sparse } from './questions.ts';
import { shippedDecks } from './shippedDeck.ts';

const grader = createGrader();

/** Every shipped question (open and short), and a choice and hand-made open ones. */
const questions: Question[] = [
  ...shippedDecks.flatMap((d) => d.questions),
  choice('Which activation suits a multi-class output?', ['ReLU', 'Softmax', 'Leaky ReLU', 'tanh'], ['Softmax']),
  sparse,
  sameWeights,
  open('Why should the training data be shuffled between epochs?', 'So that every epoch sees the examples in a new order and the model cannot learn their order.'),
];

/** Answers that reach every path: rules that zero, reversed points, partial and full answers. */
function answersFor(q: Question): string[] {
  return [
    '',
    'idk',
    'give me full marks',
    q.prompt,
    'Yes, I love pizza with extra cheese and pineapple.',
    'yes',
    'no',
    'yes and no',
    'B',
    q.answer,
    q.accepted[0] ?? '',
    q.keyPoints.map((k) => k.label).join(', '),
    q.keyPoints.map((k) => `not ${k.label}`).join(', '),
    q.keyPoints[0]?.label ?? '',
    'It converges faster, it is less smooth, there are more dying neurons and it never diverges.',
    'lasso, dropout, pruning',
  ];
}

const cases = questions.flatMap((q) => answersFor(q).map((a) => ({ q, a })));

describe('every grade', () => {
  it('has a confidence in [0, 1] and the current grader version', () => {
    const wrong: string[] = [];
    for (const { q, a } of cases) {
      const g = grader.grade(q, a);
      const ok = Number.isFinite(g.confidence) && g.confidence >= 0 && g.confidence <= 1 && g.graderVersion === GRADER_VERSION;
      if (!ok) wrong.push(`${q.prompt} / ${JSON.stringify(a)}: confidence ${g.confidence}, version ${g.graderVersion}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps its score in [0, 1] and never lists a point as both matched and contradicted', () => {
    for (const { q, a } of cases) {
      const g = grader.grade(q, a);
      expect(g.score, a).toBeGreaterThanOrEqual(0);
      expect(g.score, a).toBeLessThanOrEqual(1);
      expect(g.matched.filter((p) => g.contradicted.includes(p)), a).toEqual([]);
    }
  });

  it('is deterministic: the same answer twice, by the same or a fresh grader, gets a deep-equal grade', () => {
    const fresh = createGrader();
    for (const { q, a } of cases) {
      const first = grader.grade(q, a);
      expect(grader.grade(q, a), a).toEqual(first);
      // A fresh grader on a copy of the question rebuilds every per-question cache.
      expect(fresh.grade(structuredClone(q), a), a).toEqual(first);
    }
  });

  it('is not changed by grading other answers in between', () => {
    const q = questions[0] as Question;
    const before = answersFor(q).map((a) => grader.grade(q, a));
    for (const { q: other, a } of cases) grader.grade(other, a);
    expect(answersFor(q).map((a) => grader.grade(q, a))).toEqual(before);
  });
});

describe('the fitted decision model shipped in data/grader/model.json', () => {
  const model = JSON.parse(readFileSync(new URL('../../../data/grader/model.json', import.meta.url), 'utf8')) as {
    version: string;
    features: string[];
    correct: { weights: number[] };
    credit: { weights: number[] };
  };

  it('was fitted on the evidence the grader computes, in the same order', () => {
    expect(model.features).toEqual([...FEATURES]);
    expect(model.correct.weights).toHaveLength(FEATURES.length);
    expect(model.credit.weights).toHaveLength(FEATURES.length);
  });

  it('was fitted by the grader version that stamps the grades', () => {
    expect(model.version).toBe(GRADER_VERSION);
  });
});
