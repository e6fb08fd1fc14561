/**
 * What people type, checked once for every platform: the text command grammar, the
 * Discord options and the engine's use cases call these. Each returns the typed value
 * or a message id saying what is wrong (the adapters put it into words).
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { MessageId } from '../i18n/messageIds.ts';
import { parseTimeOfDay } from './schedule/nextDailyRun.ts';
import { isValidTimeZone } from './schedule/zonedTime.ts';
import { msg, type Msg } from './text.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: Msg };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(id: MessageId, params: Msg['params']): Checked<T> => ({ ok: false, error: msg(id, params) });

/** A whole number between `min` and `max`; `error` says so with `min`, `max` and `value`. */
export interface NumberRange {
  min: number;
  max: number;
  error: MessageId;
}

/** How long a quiz may be, and how many seconds each question may have. */
export const QUIZ_LIMITS = {
  questions: { min: 1, max: 50, error: 'usage.badQuestions' },
  seconds: { min: 10, max: 600, error: 'usage.badSeconds' },
} as const satisfies Record<string, NumberRange>;

/** Looks like a number someone meant as one (`5`, `-3`, `+10`), in range or not. */
export const isNumberWord = (word: string): boolean => /^[+-]?\d+$/.test(word.trim());

export function wholeNumber(input: string | number, range: NumberRange): Checked<number> {
  const n = typeof input === 'number' ? input : isNumberWord(input) ? Number(input.trim()) : Number.NaN;
  if (Number.isInteger(n) && n >= range.min && n <= range.max) return ok(n);
  return bad(range.error, { min: range.min, max: range.max, input: String(input) });
}

/** A local time of day, 24-hour `H:MM` or `HH:MM`, as `HH:MM`. */
export function timeOfDay(input: string): Checked<string> {
  const t = parseTimeOfDay(input);
  if (!t) return bad('usage.badTime', { input });
  return ok(`${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`);
}

/** An IANA timezone name such as `Europe/Berlin`. */
export function timeZone(input: string): Checked<string> {
  const tz = input.trim();
  return isValidTimeZone(tz) ? ok(tz) : bad('usage.badTimezone', { input });
}

/** A practice reminder's time of day (`HH:MM`), or `off`. */
export function reminderTime(input: string): Checked<string> {
  return input.trim().toLowerCase() === 'off' ? ok('off') : timeOfDay(input);
}

export const PERIODS = ['today', 'week', 'month', 'season', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const isPeriod = (word: string): word is Period => (PERIODS as readonly string[]).includes(word);

/** A leaderboard period, in any letter case. */
export function period(input: string): Checked<Period> {
  const p = input.trim().toLowerCase();
  return isPeriod(p) ? ok(p) : bad('usage.badPeriod', { input });
}

/** The longest deck name a command takes (Discord's option limit too). */
export const DECK_NAME_MAX = 100;

/** A deck as named in a command; whether it exists is the engine's to say. */
export function deckName(input: string): Checked<string> {
  const name = input.trim();
  if (!name || name.length > DECK_NAME_MAX || /\p{Cc}/u.test(name)) return bad('usage.badDeckName', { max: DECK_NAME_MAX });
  return ok(name);
}

/** A channel as the platform writes it in command text; `read` knows that platform's syntax. */
export function channelRef(input: string, read: (word: string) => string | undefined): Checked<string> {
  const id = read(input.trim());
  return id ? ok(id) : bad('usage.badChannel', { input });
}

export interface UserRef {
  userId: string;
  userName?: string;
}

/** A member as the platform writes a mention in command text; `read` knows that platform's syntax. */
export function userRef(input: string, read: (word: string) => UserRef | undefined): Checked<UserRef> {
  const user = read(input.trim());
  return user ? ok(user) : bad('usage.badUser', { input });
}

/** A language quizbot ships (`de`, `en`, any letter case). */
export function language(input: string): Checked<Locale> {
  const l = input.trim().toLowerCase();
  const found = LOCALES.find((x) => x === l);
  return found ? ok(found) : bad('usage.badLanguage', { input, choices: LOCALES.join('|') });
}

/** `on` or `off`. */
export function onOff(input: string): Checked<boolean> {
  const w = input.trim().toLowerCase();
  if (w === 'on') return ok(true);
  if (w === 'off') return ok(false);
  return bad('usage.badOnOff', { input });
}

/** A reviewer's verdict on a grade, as typed (`correct`, `partial`, `incorrect`, any letter case). */
export const REVIEW_VERDICTS = ['correct', 'partial', 'incorrect'] as const;
export type ReviewVerdictWord = (typeof REVIEW_VERDICTS)[number];
export const isReviewVerdict = (word: string): word is ReviewVerdictWord => (REVIEW_VERDICTS as readonly string[]).includes(word.trim().toLowerCase());

export function reviewVerdict(input: string): Checked<ReviewVerdictWord> {
  const w = input.trim().toLowerCase();
  return isReviewVerdict(w) ? ok(w) : bad('review.badVerdict', { input });
}

/** A question's number in its deck, and a page of a paged list. */
export const REVIEW_LIMITS = {
  question: { min: 1, max: 100_000, error: 'review.badQuestion' },
  page: { min: 1, max: 100_000, error: 'review.badPage' },
} as const satisfies Record<string, NumberRange>;

/** The longest appeal reason and reviewer's note (Discord's modal field limit too). */
export const REVIEW_TEXT_MAX = 1000;

/** How long a season runs: a week, a month, or up to and including a UTC date (`YYYY-MM-DD`). */
export type SeasonLength = { kind: 'week' } | { kind: 'month' } | { kind: 'until'; date: string };
export const isSeasonLengthWord = (word: string): boolean => /^(week|month|\d{4}-\d{2}-\d{2})$/i.test(word.trim());

export function seasonLength(input: string): Checked<SeasonLength> {
  const w = input.trim().toLowerCase();
  if (w === 'week' || w === 'month') return ok({ kind: w });
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.toISOString().slice(0, 10) === w) return ok({ kind: 'until', date: w });
  }
  return bad('season.badLength', { input });
}

/** The longest season name. */
export const SEASON_NAME_MAX = 60;

export function seasonName(input: string): Checked<string> {
  const name = input.trim();
  if (!name || name.length > SEASON_NAME_MAX || /\p{Cc}/u.test(name)) return bad('season.badName', { max: SEASON_NAME_MAX });
  return ok(name);
}
