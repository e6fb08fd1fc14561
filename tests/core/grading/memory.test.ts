import { describe, expect, it } from 'vitest';
import { analyze, rememberedWords, WORD_MEMORY } from '../../../src/core/grading/analyze.ts';
import { editDistance, withinEdits } from '../../../src/core/grading/editDistance.ts';
import { TYPO_MEMORY, typoTable } from '../../../src/core/grading/matchPoints.ts';
import { rubricFor } from '../../../src/core/grading/rubric.ts';
import { sameWeights } from './questions.ts';

/** Distinct made-up words: "wa", "wb", ... in base 26. */
function madeUp(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => prefix + i.toString(26).replace(/[0-9]/g, (d) => String.fromCharCode(113 + Number(d))));
}

describe('grading memories', () => {
  it('keeps the per-word analysis memory bounded and answers the same after it is refilled', () => {
    const before = analyze('Identical weights get identical gradients, so neurons never learn different features.');
    analyze(madeUp(WORD_MEMORY + 100, 'zq').join(' '));
    expect(rememberedWords()).toBeLessThanOrEqual(WORD_MEMORY);
    expect(analyze('Identical weights get identical gradients, so neurons never learn different features.')).toEqual(before);
  });

  it('keeps the per-rubric typo memory bounded and finds the same key after it is refilled', () => {
    const table = typoTable(rubricFor(sameWeights));
    const typo = table.keyOf('symetry');
    expect(typo).toBeDefined();
    for (const w of madeUp(TYPO_MEMORY + 100, 'qx')) table.keyOf(w);
    expect(table.size).toBeLessThanOrEqual(TYPO_MEMORY);
    expect(table.keyOf('symetry')).toBe(typo);
  });

  it('decides "within n edits" exactly as the full edit distance does', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const word = (letters: number): string => Array.from({ length: next(10) }, () => 'abcd'[next(letters)]).join('');
    // Near misses matter most: b is mostly a with an edit or two (drop, add, change, swap).
    const edited = (a: string, letters: number): string => {
      const w = [...a];
      for (let e = next(3); e > 0; e--) {
        const at = next(w.length + 1);
        const op = next(4);
        if (op === 0) w.splice(at, 1);
        else if (op === 1) w.splice(at, 0, 'abcd'[next(letters)] as string);
        else if (op === 2) w[at] = 'abcd'[next(letters)] as string;
        else if (at + 1 < w.length) [w[at], w[at + 1]] = [w[at + 1] as string, w[at] as string];
      }
      return w.join('');
    };
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const letters = 1 + next(4);
      const a = word(letters);
      const b = next(4) === 0 ? word(letters) : edited(a, letters);
      for (const max of [1, 2]) if (withinEdits(a, b, max) !== editDistance(a, b, max) <= max) wrong.push(`${a}/${b}/${max}`);
    }
    expect(wrong).toEqual([]);
  });
});
