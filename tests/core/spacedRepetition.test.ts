import { describe, expect, it } from 'vitest';
import { newCard, ratingOf, reviewCard } from '../../src/core/cards/spacedRepetition.ts';

const t0 = Date.parse('2026-03-02T10:00:00Z');
const DAY = 86_400_000;

describe('spaced repetition', () => {
  it('maps a grade to a rating: incorrect again, partial hard, correct good, sure full marks easy', () => {
    expect(ratingOf({ verdict: 'incorrect', score: 0, confidence: 1 })).toBe('again');
    expect(ratingOf({ verdict: 'partial', score: 0.5, confidence: 1 })).toBe('hard');
    expect(ratingOf({ verdict: 'correct', score: 0.9, confidence: 1 })).toBe('good');
    expect(ratingOf({ verdict: 'correct', score: 1, confidence: 0.6 })).toBe('good');
    expect(ratingOf({ verdict: 'correct', score: 1, confidence: 0.95 })).toBe('easy');
  });

  it('a card answered well comes back later than one answered badly, at every step', () => {
    let well = reviewCard(undefined, 'easy', t0);
    let badly = reviewCard(undefined, 'again', t0);
    expect(well.due).toBeGreaterThan(badly.due);
    for (let i = 0; i < 3; i++) {
      const at = Math.max(well.due, badly.due);
      well = reviewCard(well, 'good', at);
      badly = reviewCard(badly, 'hard', at);
      expect(well.due - at).toBeGreaterThan(badly.due - at);
    }
    expect(well.due - t0).toBeGreaterThan(10 * DAY);
    expect(well).toMatchObject({ reps: 4, phase: 'review', lastReview: expect.any(Number) });
  });

  it('schedules from the clock it is given, the same every time', () => {
    const a = reviewCard(reviewCard(undefined, 'good', t0), 'good', t0 + DAY);
    const b = reviewCard(reviewCard(newCard(t0), 'good', t0), 'good', t0 + DAY);
    expect(a).toEqual(b);
    expect(a.lastReview).toBe(t0 + DAY);
  });

  it('a lapse counts and brings the card back within a day', () => {
    const learned = reviewCard(undefined, 'easy', t0);
    const lapsed = reviewCard(learned, 'again', learned.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - learned.due).toBeLessThan(DAY);
  });
});
