import { endOfLocalDay } from '../core/schedule/endOfLocalDay.ts';
import { localDateOf, nextDailyRun, parseTimeOfDay } from '../core/schedule/nextDailyRun.ts';
import { msg, type Text } from '../core/text.ts';
import { timeOfDay, timeZone } from '../core/validate.ts';
import type { DueReminder } from '../store/reminderRows.ts';
import type { PracticeRemindOptions } from './api.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { forEachLimit } from './forEachLimit.ts';
import { cmd, info } from './messages.ts';
import { localeOfMember } from './replyLocale.ts';
import type { Caller, Reply } from './types.ts';

const HOUR = 3_600_000;
/** Reminders sent at once; the adapters' own limiters keep within each platform's rate. */
const SEND_CONCURRENCY = 8;
/** The timezone of a member who never gave one. */
const DEFAULT_ZONE = 'UTC';

/** The member's timezone: their reminder's (kept when it is off), else UTC. */
export const memberZone = (ctx: EngineContext, userId: number): string => ctx.store.reminders.of(userId)?.timezone ?? DEFAULT_ZONE;

/** `/practice remind HH:MM [Area/City]` and `/practice remind off`. */
export function practiceRemind(ctx: EngineContext, c: Caller, o: PracticeRemindOptions): Reply {
  const { user } = ctx.member(c);
  const last = ctx.store.reminders.of(user.id);
  if ('off' in o) {
    ctx.store.tx(() => ctx.store.reminders.set(user.id, { time: null, timezone: last?.timezone ?? DEFAULT_ZONE, nextAt: null }));
    return info(msg('practice.remindOff', { remind: cmd('practice remind') }));
  }
  const time = timeOfDay(o.time);
  if (!time.ok) throw new UserError('bad_time', time.error);
  const given = o.timezone === undefined ? undefined : timeZone(o.timezone);
  if (given && !given.ok) throw new UserError('bad_timezone', given.error);
  const zone = given?.value ?? last?.timezone ?? DEFAULT_ZONE;
  const next = nextDailyRun(ctx.now(), parseTimeOfDay(time.value)!, zone).at;
  ctx.store.tx(() => ctx.store.reminders.set(user.id, { time: time.value, timezone: zone, nextAt: next }));
  const body: Text[] = [msg('practice.remindSet', { time: time.value, zone, next: { date: next, zone } })];
  if (!given) body.push(last ? msg('practice.remindZoneKept', { zone }) : msg('practice.remindZoneDefault', { zone }));
  return info(body);
}

/**
 * Sends each reminder whose time has come to members with cards due, once per local day:
 * the day is claimed in the database (next check moved on, date recorded) before sending,
 * so a restart or a second process never sends it again. A reminder missed by more than
 * the daily grace period is not sent late.
 */
export async function runDueReminders(ctx: EngineContext): Promise<void> {
  const now = ctx.now();
  await forEachLimit(ctx.store.reminders.due(now, 500), SEND_CONCURRENCY, async (r) => {
    const count = claimDay(ctx, r, now);
    if (count) await send(ctx, r, count);
  });
}

/** Claims the reminder's day; how many cards to remind of, 0 when none is to be sent. */
function claimDay(ctx: EngineContext, r: DueReminder, now: number): number {
  const next = nextDailyRun(Math.max(now, r.next_at), parseTimeOfDay(r.time)!, r.timezone).at;
  const day = localDateOf(r.next_at, r.timezone);
  const late = now - r.next_at > ctx.d.settings.dailyGraceHours * HOUR;
  return ctx.store.txImmediate(() => {
    const fresh = ctx.store.reminders.of(r.user_id);
    // Cards due by the end of the member's local day count: a reminder at 08:00 covers the afternoon's cards too.
    const due = late || fresh?.last_sent_date === day ? 0 : ctx.store.cards.dueCount(r.user_id, endOfLocalDay(r.next_at, r.timezone) - 1);
    return ctx.store.reminders.claim(r.user_id, r.next_at, next, due ? day : null) ? due : 0;
  });
}

async function send(ctx: EngineContext, r: DueReminder, count: number): Promise<void> {
  const ref = { platform: r.platform, workspaceId: r.workspace_external_id };
  const reply: Reply = {
    visibility: 'private',
    kind: 'info',
    body: msg('practice.reminder', { count, practice: cmd('practice'), remind: cmd('practice remind') }),
    locale: localeOfMember(ctx, ref, r.locale),
  };
  try {
    if (!ctx.d.poster.notify) throw new Error('no private messages');
    await ctx.d.poster.notify({ ...ref, userId: r.user_external_id }, reply);
  } catch (e) {
    ctx.d.logger.warn({ err: e instanceof Error ? e.message : String(e), user: r.user_id }, 'practice reminder not delivered');
  }
}
