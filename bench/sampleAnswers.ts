/** Chat-length answers of mixed quality, so the grader does its usual amount of work. */
export const sampleAnswers = [
  'No: identical weights get identical gradients, so the neurons stay symmetric and never learn different features.',
  'Yes, zero biases are fine as long as the weights are random; the asymmetry comes from the weights.',
  'ELU avoids dead neurons, has negative outputs so the mean activation is closer to zero, and is smooth everywhere which helps gradient descent.',
  'Momentum too close to 1 keeps too much of the old gradients: it overshoots, oscillates around the minimum and converges slowly or diverges.',
  'L1 regularization, dropout and pruning small weights after training.',
  'Dropout slows down training because it needs more epochs to converge, but inference is not slowed since dropout is off at prediction time.',
  'idk',
  'Use ReLU by default in hidden layers, tanh when you need outputs in -1..1, logistic for binary outputs and softmax for mutually exclusive classes.',
];

/** About `chars` characters of plausible answer text, built from the samples. */
export function longAnswer(chars: number, seed: number): string {
  let s = '';
  for (let i = seed; s.length < chars; i++) s += `${sampleAnswers[i % sampleAnswers.length]} `;
  return s.slice(0, chars).trim();
}
