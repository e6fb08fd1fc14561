import { fromLocal, localDate, nextDay, toLocal } from './zonedTime.ts';

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseTimeOfDay(s: string): { hour: number; minute: number } | undefined {
  const m = HHMM.exec(s.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

export interface DailyRun {
  /** When to post (ms since epoch). */
  at: number;
  /** The local calendar day the post belongs to, `YYYY-MM-DD`: one post per schedule and day. */
  localDate: string;
}

/** The first daily run strictly after `afterMs` for a local `HH:MM` in `timeZone`. */
export function nextDailyRun(afterMs: number, time: { hour: number; minute: number }, timeZone: string): DailyRun {
  let day: { year: number; month: number; day: number } = toLocal(afterMs, timeZone);
  for (let i = 0; i < 3; i++) {
    const at = fromLocal({ ...day, ...time }, timeZone);
    if (at > afterMs) return { at, localDate: localDate(day) };
    day = nextDay(day);
  }
  throw new Error(`no daily run found after ${afterMs} in ${timeZone}`);
}

/** The local day a run at `at` belongs to. */
export function localDateOf(at: number, timeZone: string): string {
  return localDate(toLocal(at, timeZone));
}
