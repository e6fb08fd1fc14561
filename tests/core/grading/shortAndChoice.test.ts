import { describe, expect, it } from 'vitest';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { choice, short } from './questions.ts';

const grader = createGrader();
const verdict = (q: Parameters<typeof grader.grade>[0], a: string) => grader.grade(q, a).verdict;

describe('short answers', () => {
  const air = short('What do we breathe?', ['air']);
  const wily = short('Who is Mega Man\'s nemesis?', ['Dr. Wily']);
  const band = short('Who recorded Abbey Road?', ['The Beatles']);
  const law = short('Which firm?', ['Smith & Wesson']);
  const planets = short('How many planets are in the Solar System?', ['8']);
  const mito = short('Which organelle is the powerhouse of the cell?', ['mitochondria']);

  it('matches whole words only, never a substring', () => {
    expect(verdict(air, 'chair')).toBe('incorrect');
    expect(verdict(air, 'fresh air')).toBe('correct');
  });

  it('ignores punctuation', () => {
    expect(verdict(wily, 'Dr Wily')).toBe('correct');
    expect(verdict(wily, "it's dr. wily!")).toBe('correct');
  });

  it('reads & as and', () => {
    expect(verdict(law, 'smith and wesson')).toBe('correct');
  });

  it('ignores articles', () => {
    expect(verdict(band, 'Beatles')).toBe('correct');
    expect(verdict(short('Which gas?', ['oxygen']), 'the oxygen')).toBe('correct');
  });

  it('reads numbers in words or digits', () => {
    expect(verdict(planets, 'eight')).toBe('correct');
    expect(verdict(planets, '9')).toBe('incorrect');
  });

  it('tolerates a typo scaled to the word length', () => {
    expect(verdict(mito, 'mitocondria')).toBe('correct');
    expect(verdict(air, 'aim')).toBe('incorrect');
  });

  it('does not credit a negated answer', () => {
    expect(verdict(air, 'not air')).toBe('incorrect');
  });
});

describe('multiple choice', () => {
  const q = choice('Which activation suits a multi-class output?', ['ReLU', 'Softmax', 'Leaky ReLU', 'tanh'], ['Softmax']);
  const relu = choice('Which is the plain one?', ['Leaky ReLU', 'ReLU'], ['ReLU']);

  it.each(['B', 'b', '(b)', 'b)', 'Option B', 'answer: b'])('accepts the letter %j', (a) => {
    expect(verdict(q, a)).toBe('correct');
  });

  it('accepts the number', () => {
    expect(verdict(q, '2')).toBe('correct');
  });

  it('accepts the option text', () => {
    expect(verdict(q, 'softmax')).toBe('correct');
    expect(verdict(q, 'I would pick softmax')).toBe('correct');
  });

  it('rejects another option', () => {
    expect(verdict(q, 'A')).toBe('incorrect');
    expect(verdict(q, 'tanh')).toBe('incorrect');
  });

  it('does not read the longer option as the shorter one', () => {
    expect(verdict(relu, 'leaky relu')).toBe('incorrect');
    expect(verdict(relu, 'relu')).toBe('correct');
  });

  it('prefers the exact option over a near spelling of another', () => {
    const levels = choice('Which level?', ['Read uncommitted', 'Read committed', 'Serializable'], ['Read committed']);
    expect(verdict(levels, 'read committed')).toBe('correct');
    expect(verdict(levels, 'read uncommitted')).toBe('incorrect');
    expect(verdict(levels, 'serialisable')).toBe('incorrect');
  });

  it('does not pay for picking every option', () => {
    expect(verdict(q, 'A, B, C, D')).toBe('incorrect');
  });
});

describe('rubric shown at the reveal', () => {
  it('lists derived key points for an open question without stated ones', () => {
    const g = createGrader();
    const q = { number: 1, type: 'open' as const, prompt: 'Name three ways you can produce a sparse model.', answer: '1. L1 Regularization: pushes weights to zero.\n2. Dropout: drops neurons.\n3. Pruning: removes connections.', accepted: [], choices: [], keyPoints: [], tags: [], glossary: [], line: 1 };
    expect(g.keyPoints!(q).map((l) => l.toLowerCase())).toEqual(expect.arrayContaining([expect.stringContaining('l1'), expect.stringContaining('dropout'), expect.stringContaining('pruning')]));
  });
});
