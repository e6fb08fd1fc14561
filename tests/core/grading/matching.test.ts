import { describe, expect, it } from 'vitest';
import type { KeyPoint } from '../../../src/core/deck.ts';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { stem } from '../../../src/core/grading/stem.ts';
import { tokenize } from '../../../src/core/grading/normalize.ts';
import { open, sparse } from './questions.ts';

const grader = createGrader();
const point = (label: string, ...aliases: string[]): KeyPoint => ({ label, aliases });
const single = (label: string, ...aliases: string[]) => open('Explain this.', label, [point(label, ...aliases)]);
const matches = (label: string, answer: string): boolean => grader.grade(single(label), answer).matched.length === 1;

describe('normalizing', () => {
  it('folds case, accents, punctuation and whitespace', () => {
    expect(tokenize('  Café  RÉSUMÉ!! ')).toEqual(['cafe', 'resume']);
  });

  it('turns number words into digits', () => {
    expect(tokenize('three ways, twenty one layers, one hundred epochs')).toEqual(['3', 'ways', '21', 'layers', '100', 'epochs']);
  });

  it('keeps decimals whole', () => {
    expect(tokenize('momentum 0.99999')).toEqual(['momentum', '0.99999']);
  });

  it('expands contractions, with or without the apostrophe', () => {
    expect(tokenize("doesn't, doesnt, won't")).toEqual(['does', 'not', 'does', 'not', 'will', 'not']);
  });
});

describe('stems and inflections', () => {
  it('maps inflections and British spellings to one stem', () => {
    const forms = ['regularization', 'regularisation', 'regularize', 'regularizing', 'regularized'];
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('matches a key point written with another inflection', () => {
    expect(matches('pruning the network', 'you prune the networks')).toBe(true);
  });
});

describe('typos', () => {
  it('tolerates one edit in a mid-length word and two in a long one', () => {
    expect(matches('dropout', 'droput')).toBe(true);
    expect(matches('regularization', 'regulrizaton')).toBe(true);
  });

  it('counts a swapped pair of letters as one edit', () => {
    expect(matches('weights', 'wieghts')).toBe(true);
  });

  it('tolerates no typo in short words', () => {
    expect(matches('tanh', 'tank')).toBe(false);
  });

  it('does not stretch the tolerance to a different word', () => {
    expect(matches('dropout', 'dropship')).toBe(false);
  });
});

describe('synonyms of the field', () => {
  it('treats L1 and lasso as the same', () => {
    expect(grader.grade(sparse, 'lasso').matched).toEqual(['L1 Regularization']);
  });

  it('treats ReLU and rectified linear unit as the same', () => {
    expect(matches('use ReLU', 'rectified linear units')).toBe(true);
    expect(matches('rectified linear unit', 'relu')).toBe(true);
  });

  it('treats LR and learning rate as the same', () => {
    expect(matches('lower the learning rate', 'lower LR')).toBe(true);
  });

  it('ignores word order', () => {
    expect(matches('zero mean outputs', 'outputs with a mean of zero')).toBe(true);
  });

  it('matches numbers written in words or digits', () => {
    expect(matches('uses 2 layers', 'it uses two layers')).toBe(true);
  });
});

describe('prompt words', () => {
  it('gives no credit for words the question already contains', () => {
    const q = open('Why does ELU help deep networks?', '', [point('ELU avoids dead neurons')]);
    expect(grader.grade(q, 'ELU helps deep networks').matched).toEqual([]);
  });
});
