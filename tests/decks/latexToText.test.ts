import { describe, expect, it } from 'vitest';
import { latexToText } from '../../src/decks/latexToText.ts';

describe('latexToText', () => {
  it('writes roots and fractions with parentheses only where needed', () => {
    expect(latexToText('$\\sqrt{2/n}$ and $\\sqrt{n}$')).toBe('√(2/n) and √n');
    expect(latexToText('scale by $\\frac{1}{\\sqrt{d_k}}$')).toBe('scale by 1/√dₖ');
    expect(latexToText('$\\frac{a+b}{2}$')).toBe('(a+b)/2');
  });

  it('turns Greek letters, operators and simple scripts into Unicode', () => {
    expect(latexToText('$\\alpha^2 + \\beta_i \\leq \\infty$')).toBe('α² + βᵢ ≤ ∞');
    expect(latexToText('$W^T x$')).toBe('Wᵀ x');
  });

  it('keeps a script it cannot raise or lower readable', () => {
    expect(latexToText('$e^{-\\lambda t}$')).toBe('e^(-λ t)');
  });

  it('reads display math and \\( \\) spans too', () => {
    expect(latexToText('Loss: $$\\sum_i x_i$$ or \\(\\mu\\)')).toBe('Loss: Σᵢ xᵢ or μ');
  });

  it('leaves prices and lone dollar signs alone', () => {
    expect(latexToText('It costs $5 and $10, or $ 3 $ flat.')).toBe('It costs $5 and $10, or $ 3 $ flat.');
  });

  it('tidies the spaces authors leave around math before punctuation', () => {
    expect(latexToText('deviation is  $\\sqrt{2/n}$ , where  $n$  is the fan-in')).toBe('deviation is √(2/n), where n is the fan-in');
  });
});
