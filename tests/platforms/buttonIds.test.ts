import { describe, expect, it } from 'vitest';
import { parseButtonId } from '../../src/platforms/buttonIds.ts';

describe('parseButtonId', () => {
  it('reads every button id the engine writes', () => {
    expect(parseButtonId('answer:42')).toEqual({ kind: 'answer', roundId: 42 });
    expect(parseButtonId('practice:42')).toEqual({ kind: 'practice', roundId: 42 });
    expect(parseButtonId('appeal:7')).toEqual({ kind: 'appeal', answerId: 7 });
    expect(parseButtonId('review:7:partial')).toEqual({ kind: 'review', answerId: 7, verdict: 'partial' });
    expect(parseButtonId('reviewpage:2')).toEqual({ kind: 'reviewpage', page: 2 });
    expect(parseButtonId('reviewlog:3')).toEqual({ kind: 'reviewlog', page: 3 });
  });

  it('takes nothing else for one of them', () => {
    for (const id of ['answer:0', 'answer:-1', 'answer:1.5', 'answer:1:2', 'practice:0', 'practice:1:2', 'appeal:x', 'appeal:', 'review:7', 'review:7:Correct', 'review:7:great', 'review:7:correct:1', 'reviewpage:2:1', 'quiz:1', '']) {
      expect(parseButtonId(id), id).toBeUndefined();
    }
  });
});
