import fitted from '../../../data/grader/model.json' with { type: 'json' };
import type { Verdict } from './grader.ts';

/** The evidence the decision model weighs, in the order of its weights. */
export const FEATURES = [
  'recall', // informative words of the closest model answer the answer states
  'bigrams', // its word pairs stated together
  'negation', // stated words negated the other way
  'opposed', // words stated as their opposite
  'precision', // the answer's own words that come from the question or a model answer
  'promptShare', // the answer's words that only repeat the question
  'coverage', // key points found, against those a full answer needs
  'contradicted', // key points stated the other way round
  'length', // how long the answer is (log words)
  'lengthRatio', // against the closest model answer
  'verdictRight', // a yes/no question answered the expected way
  'verdictWrong', // ...or the other way
  'nothing', // no word of any model answer and no key point
  'novel', // the answer's words that neither the closest model answer nor the question uses
  'otherName', // it names a number or letter the closest model answer does not
  'references', // how many model answers there are: with several, a right answer should match one closely
  'ownRecall', // recall of the closest model answer's words the question does not give
] as const;

export type Features = Record<(typeof FEATURES)[number], number>;

export interface Model {
  version: string;
  features: string[];
  /** Logistic heads: P(correct) and P(at least partial). */
  correct: { bias: number; weights: number[] };
  credit: { bias: number; weights: number[] };
  thresholds: { correct: number; partial: number };
}

export const MODEL = fitted as Model;

export interface Prediction {
  /** P(correct). */
  correct: number;
  /** P(at least partial credit). */
  credit: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function vectorOf(f: Features): number[] {
  return FEATURES.map((name) => f[name]);
}

export function predict(f: Features, model: Model = MODEL): Prediction {
  const x = vectorOf(f);
  const dot = (h: { bias: number; weights: number[] }): number => x.reduce((s, v, i) => s + v * (h.weights[i] ?? 0), h.bias);
  const correct = sigmoid(dot(model.correct));
  // The heads are fitted apart; credit below P(correct) would be incoherent.
  return { correct, credit: Math.max(correct, sigmoid(dot(model.credit))) };
}

export function verdictOf(p: Prediction, model: Model = MODEL): Verdict {
  if (p.correct >= model.thresholds.correct) return 'correct';
  return p.credit >= model.thresholds.partial ? 'partial' : 'incorrect';
}

/** The model's probability of the verdict it gives. */
export function confidenceOf(p: Prediction, verdict: Verdict): number {
  if (verdict === 'correct') return p.correct;
  if (verdict === 'incorrect') return 1 - p.credit;
  return Math.max(0, p.credit - p.correct);
}
