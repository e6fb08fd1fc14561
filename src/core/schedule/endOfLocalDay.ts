import { nextDailyRun } from './nextDailyRun.ts';

/** The instant the local day of `ms` in `timeZone` ends (the next local midnight): what "today" means to a member there. */
export const endOfLocalDay = (ms: number, timeZone: string): number => nextDailyRun(ms, { hour: 0, minute: 0 }, timeZone).at;
