import { describe, expect, it } from 'vitest';
import { nextDailyRun } from '../../src/core/schedule/nextDailyRun.ts';
import { fromLocal } from '../../src/core/schedule/zonedTime.ts';
import { nextStreak } from '../../src/core/scoring.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('daily run times', () => {
  it('finds the next local time in a zone, today or tomorrow', () => {
    expect(iso(nextDailyRun(Date.parse('2026-01-10T07:00:00Z'), { hour: 9, minute: 0 }, 'Europe/Berlin').at)).toBe('2026-01-10T08:00:00.000Z');
    expect(iso(nextDailyRun(Date.parse('2026-01-10T08:00:00Z'), { hour: 9, minute: 0 }, 'Europe/Berlin').at)).toBe('2026-01-11T08:00:00.000Z');
  });

  it('handles a +5:45 zone', () => {
    const r = nextDailyRun(Date.parse('2026-01-10T00:00:00Z'), { hour: 9, minute: 0 }, 'Asia/Kathmandu');
    expect(iso(r.at)).toBe('2026-01-10T03:15:00.000Z');
    expect(r.localDate).toBe('2026-01-10');
  });

  it('shifts a time skipped by spring-forward to after the jump, once (Berlin and New York)', () => {
    expect(iso(fromLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(fromLocal({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of a time that happens twice at fall-back', () => {
    expect(iso(fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('gives one run per local day across a DST change', () => {
    let at = Date.parse('2026-10-24T00:00:00Z');
    const days: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = nextDailyRun(at, { hour: 2, minute: 30 }, 'Europe/Berlin');
      days.push(r.localDate);
      at = r.at;
    }
    expect(days).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });
});

describe('streaks', () => {
  const zero = { streak: 0, best: 0, scheduleId: null, seq: null };
  it('continues over consecutive posted questions and resets on a miss or no credit', () => {
    let s = nextStreak(zero, 1, 1, true);
    s = nextStreak(s, 1, 2, true);
    expect(s).toMatchObject({ streak: 2, best: 2 });
    expect(nextStreak(s, 1, 4, true)).toMatchObject({ streak: 1, best: 2 });
    expect(nextStreak(s, 1, 3, false)).toMatchObject({ streak: 0, best: 2 });
  });
});
