import { periodStart } from '../core/scoring.ts';
import type { Period } from './types.ts';

/**
 * The key of the score rows a period's board reads (see the score_periods
 * table): UTC day, UTC week from Monday, UTC month, or all time.
 */
export function periodKey(period: Exclude<Period, 'season'>, now: number): string {
  if (period === 'all') return 'all';
  const start = periodStart(period, now)!;
  if (period === 'month') return `m:${start.slice(0, 7)}`;
  return `${period === 'week' ? 'w' : 'd'}:${start}`;
}
