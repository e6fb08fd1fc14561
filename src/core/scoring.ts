import type { Grade } from './grading/grader.ts';

/** Points for a grade: 10 for full marks, proportional for partial credit. */
export function pointsFor(grade: Pick<Grade, 'score'>): number {
  return Math.round(grade.score * 10);
}

/** Quiz speed bonus: up to 3 points for a full-marks answer, shrinking as time runs out. */
export function speedBonus(grade: Pick<Grade, 'verdict'>, openedAt: number, closesAt: number, answeredAt: number): number {
  if (grade.verdict !== 'correct' || closesAt <= openedAt) return 0;
  const left = Math.max(0, Math.min(1, (closesAt - answeredAt) / (closesAt - openedAt)));
  return Math.round(3 * left);
}

export interface StreakState {
  streak: number;
  best: number;
  scheduleId: number | null;
  seq: number | null;
}

/**
 * Streaks count consecutive daily questions of one schedule answered with some
 * credit; days with no question (paused, bot down) are not in the sequence, so
 * they cannot break a streak.
 */
export function nextStreak(s: StreakState, scheduleId: number, seq: number, credited: boolean): StreakState {
  if (!credited) return { streak: 0, best: s.best, scheduleId, seq };
  const continues = s.scheduleId === scheduleId && s.seq === seq - 1 && s.streak > 0;
  const streak = continues ? s.streak + 1 : 1;
  return { streak, best: Math.max(s.best, streak), scheduleId, seq };
}

/** First UTC day (`YYYY-MM-DD`) of a leaderboard period, or undefined for all time. */
export function periodStart(period: 'today' | 'week' | 'month' | 'all', now: number): string | undefined {
  const d = new Date(now);
  if (period === 'all') return undefined;
  if (period === 'month') return utcDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  if (period === 'week') {
    const monday = (d.getUTCDay() + 6) % 7;
    return utcDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - monday));
  }
  return utcDay(now);
}

export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
