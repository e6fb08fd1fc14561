import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KeyPoint } from '../../../src/core/deck.ts';
import { createGrader } from '../../../src/core/grading/createGrader.ts';
import { stem } from '../../../src/core/grading/stem.ts';
import { tokenize } from '../../../src/core/grading/normalize.ts';
import { open, sparse } from './questions.ts';
import { deckQuestion } from './shippedDeck.ts';

const grader = createGrader();
const point = (label: string, ...aliases: string[]): KeyPoint => ({ label, aliases });
const single = (label: string, ...aliases: string[]) => open('Explain this.', label, [point(label, ...aliases)]);
const matches = (label: string, answer: string, ...aliases: string[]): boolean => grader.grade(single(label, ...aliases), answer).matched.length === 1;

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

describe('synonyms of the field come from the deck', () => {
  // Grader 2 knows no field's vocabulary: "lasso", "ReLU" or "LR" mean what the deck's
  // key point says they mean, through its aliases (`- L1 regularization | lasso | ...`).
  it('treats lasso as L1 regularization where the deck lists it as an alias', () => {
    expect(grader.grade(deckQuestion(6), 'lasso').matched).toEqual(['L1 regularization']);
    expect(grader.grade(deckQuestion(6), 'I would use lasso, then prune the network').matched).toEqual(['L1 regularization', 'pruning']);
  });

  it('treats ReLU and rectified linear unit as the same where the key point lists one as an alias', () => {
    expect(matches('use ReLU', 'use rectified linear units', 'rectified linear unit')).toBe(true);
    expect(matches('rectified linear unit', 'relu', 'ReLU')).toBe(true);
  });

  it('treats LR and learning rate as the same where the key point lists one as an alias', () => {
    expect(matches('lower the learning rate', 'you should lower your LR a bit', 'lower LR')).toBe(true);
  });

  it('without the alias, does not read an abbreviation of the field as its expansion', () => {
    expect(matches('use ReLU', 'use rectified linear units')).toBe(false);
    expect(matches('lower the learning rate', 'lower LR')).toBe(false);
  });

  it("treats the deck glossary's forms of a term as the same, in answers and key points alike", () => {
    const glossary = [['ReLU', 'rectified linear unit'], ['learning rate', 'LR']];
    const withGlossary = (label: string) => ({ ...single(label), glossary });
    expect(grader.grade(withGlossary('use ReLU'), 'use rectified linear units').matched).toEqual(['use ReLU']);
    expect(grader.grade(withGlossary('lower the learning rate'), 'lower LR').matched).toEqual(['lower the learning rate']);
    expect(grader.grade(withGlossary('use ReLU'), 'use sigmoid units').matched).toEqual([]);
  });

  it("does not carry one deck's domain into another: neurons are not a load balancer's nodes", () => {
    const balancer = open('What does a load balancer do?', 'It spreads incoming requests across several servers.', [point('several servers', 'several nodes', 'many servers')]);
    expect(grader.grade(balancer, 'It spreads requests across several neurons.').matched).toEqual([]);
    expect(grader.grade(balancer, 'It spreads requests across several neurons.').verdict).toBe('incorrect');
    // The deck's own alias does match.
    expect(grader.grade(balancer, 'It spreads requests across several nodes.').matched).toEqual(['several servers']);
  });

  it('ignores word order', () => {
    expect(matches('zero mean outputs', 'outputs with a mean of zero')).toBe(true);
  });

  it('matches numbers written in words or digits', () => {
    expect(matches('uses 2 layers', 'it uses two layers')).toBe(true);
  });
});

describe('synonyms of general English come from WordNet', () => {
  it('the lexicon holds "cheap" and "inexpensive" in one synonym set', () => {
    const english = JSON.parse(readFileSync(new URL('../../../data/lexicon/english.json', import.meta.url), 'utf8')) as { synonyms: string[][] };
    expect(english.synonyms.some((set) => set.includes('cheap') && set.includes('inexpensive'))).toBe(true);
  });

  it('matches a key point paraphrased with a WordNet synonym of its word', () => {
    // Default deck, question 4: "ReLU is fast | ... | cheap to compute".
    const q = deckQuestion(4);
    expect(grader.grade(q, 'ReLU is inexpensive to compute.').matched).toContain('ReLU is fast');
    // The same sentence with a word that is no synonym does not.
    expect(grader.grade(q, 'ReLU is tricky to compute.').matched).not.toContain('ReLU is fast');
  });
});

describe('prompt words', () => {
  it('gives no credit for words the question already contains', () => {
    const q = open('Why does ELU help deep networks?', '', [point('ELU avoids dead neurons')]);
    expect(grader.grade(q, 'ELU helps deep networks').matched).toEqual([]);
  });
});

describe('items of a listed model answer', () => {
  it('does not credit a named item for its generic head word alone', () => {
    // "regularization" names no way to a sparse model; "L1 Regularization" does.
    expect(grader.grade(sparse, 'regularization, dropout, pruning').matched).not.toContain('L1 Regularization');
    expect(grader.grade(sparse, 'L1 regularization, dropout, pruning').matched).toContain('L1 Regularization');
  });
});
