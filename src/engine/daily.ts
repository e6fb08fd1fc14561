import { localDateOf, nextDailyRun, parseTimeOfDay } from '../core/schedule/nextDailyRun.ts';
import type { DeliveryFailure } from '../core/delivery.ts';
import { hashSeed, shuffled } from '../core/shuffle.ts';
import { msg, type Text } from '../core/text.ts';
import { timeOfDay, timeZone } from '../core/validate.ts';
import type { RoundRow, ScheduleRow } from '../store/rows.ts';
import type { DailySetupOptions } from './api.ts';
import type { EngineContext } from './context.ts';
import { MAX_ATTEMPTS, backoff, deliver } from './deliver.ts';
import { deliveryFailureText } from './deliveryFailureText.ts';
import { forEachLimit } from './forEachLimit.ts';
import { UserError } from './errors.ts';
import { blankLine, cmd, info, questionReply } from './messages.ts';
import { closeAndReveal, targetOf } from './reveal.ts';
import { failedFinalBoard } from './seasons.ts';
import type { Caller, Reply } from './types.ts';

const HOUR = 3_600_000;
/** Daily posts sent at once; the adapters' own limiters keep within each platform's rate. */
const POST_CONCURRENCY = 8;
/** A claim older than this with no lease was left by a process that died mid-post. */
export const CLAIM_LEASE_MS = 120_000;

function orderFor(ctx: EngineContext, wsId: number, channelId: string, deckName: string, cycle: number): number[] {
  const deck = ctx.d.decks.get(wsId, deckName)?.deck;
  const numbers = deck?.questions.map((q) => q.number) ?? [];
  return shuffled(numbers, hashSeed(wsId, channelId, deckName, cycle));
}

/** A moment in the schedule's timezone (platforms with native timestamps show each reader their own). */
const when = (at: number, zone: string) => ({ date: at, zone });
const channel = (id: string): Text => msg('daily.channel', { channel: { channel: id } });
const noSchedule = () => new UserError('no_schedule', msg('daily.noSchedule', { dailySetup: cmd('daily setup') }));

export function dailySetup(ctx: EngineContext, c: Caller, o: DailySetupOptions): Reply {
  ctx.requireAdmin(c);
  const time = timeOfDay(o.time);
  if (!time.ok) throw new UserError('bad_time', time.error);
  const zone = timeZone(o.timezone);
  if (!zone.ok) throw new UserError('bad_timezone', zone.error);
  const [hhmm, tz] = [time.value, zone.value];
  const ws = ctx.workspace(c);
  const { name } = ctx.deck(ws, o.deck);
  const now = ctx.now();
  const next = nextDailyRun(now, parseTimeOfDay(hhmm)!, tz);
  const s = ctx.store.tx(() => {
    const s = ctx.store.upsertSchedule({
      workspace_id: ws.id,
      channel_id: o.channelId,
      time: hhmm,
      timezone: tz,
      deck: name,
      paused: 0,
      next_at: next.at,
      question_order: orderFor(ctx, ws.id, o.channelId, name, 0),
      position: 0,
    });
    if (!ctx.d.settings.dailyWindowHours) for (const r of ctx.store.openDailyOf(s.id)) ctx.store.setClosesAt(r.id, next.at);
    return s;
  });
  return info(msg('daily.setUp', { channel: { channel: s.channel_id }, time: hhmm, zone: tz, deck: name, next: when(next.at, tz) }), 'daily');
}

function scheduleHere(ctx: EngineContext, c: Caller): ScheduleRow {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const s = ctx.store.schedule(ws.id, c.channelId) ?? (ctx.store.schedulesOf(ws.id).length === 1 ? ctx.store.schedulesOf(ws.id)[0] : undefined);
  if (!s) throw noSchedule();
  return s;
}

export function dailyPause(ctx: EngineContext, c: Caller): Reply {
  const s = scheduleHere(ctx, c);
  ctx.store.updateSchedule(s.id, { paused: 1 });
  return info(msg('daily.paused', { channel: { channel: s.channel_id }, dailyResume: cmd('daily resume') }), 'daily');
}

export function dailyResume(ctx: EngineContext, c: Caller): Reply {
  const s = scheduleHere(ctx, c);
  // Resuming never catches up on the days spent paused.
  const next = nextDailyRun(ctx.now(), parseTimeOfDay(s.time)!, s.timezone);
  ctx.store.updateSchedule(s.id, { paused: 0, next_at: next.at, retry_at: null });
  return info(msg('daily.resumed', { channel: { channel: s.channel_id }, next: when(next.at, s.timezone) }), 'daily');
}

export function dailyStatus(ctx: EngineContext, c: Caller): Reply {
  const ws = ctx.workspace(c);
  const all = ctx.store.schedulesOf(ws.id);
  if (!all.length) throw noSchedule();
  const fields = all.map((s) => {
    const order = s.question_order;
    const lines: Text[] = [
      s.paused ? msg('daily.statusPaused') : msg('daily.statusNext', { at: when(s.next_at, s.timezone) }),
      msg('daily.statusEvery', { time: s.time, zone: s.timezone, deck: s.deck, position: Math.min(s.position + 1, order.length), total: order.length }),
      s.last_posted_at ? msg('daily.statusLast', { at: when(s.last_posted_at, s.timezone) }) : msg('daily.statusNever'),
    ];
    if (s.failures) {
      const error = s.last_error ? deliveryFailureText(s.last_error, s.channel_id) : msg('daily.unknownError');
      lines.push(msg('daily.statusFailing', { count: s.failures, error }));
    }
    return { name: channel(s.channel_id), value: lines };
  });
  // A season's final board goes to the daily channel too: one that could not be posted is told here.
  const unposted = failedFinalBoard(ctx, ws.id);
  return { ...info(unposted ? [msg('daily.statusIntro'), blankLine, unposted] : msg('daily.statusIntro'), 'daily'), title: msg('daily.statusTitle'), fields };
}

/**
 * Claims the next question of a schedule for a local date. The unique
 * (schedule, local date) key makes the claim happen once across restarts and processes.
 */
function claim(ctx: EngineContext, s: ScheduleRow, localDate: string, now: number, advanceTo?: number): RoundRow | undefined {
  // Write-locked from the first read: another process's claim waits instead of failing with SQLITE_BUSY.
  return ctx.store.txImmediate(() => {
    const fresh = ctx.store.scheduleById(s.id);
    if (!fresh) return undefined;
    if (advanceTo !== undefined) ctx.store.updateSchedule(s.id, { next_at: advanceTo });
    if (ctx.store.roundOfDay(s.id, localDate)) return undefined;
    let order = fresh.question_order;
    let { position, cycle } = fresh;
    if (position >= order.length) {
      cycle += 1;
      position = 0;
      order = orderFor(ctx, s.workspace_id, s.channel_id, fresh.deck, cycle);
    }
    const question = order[position];
    if (question === undefined) return undefined;
    const closesAt = ctx.d.settings.dailyWindowHours ? now + ctx.d.settings.dailyWindowHours * HOUR : (advanceTo ?? fresh.next_at);
    const id = ctx.store.insertRound({ workspace_id: s.workspace_id, channel_id: s.channel_id, kind: 'daily', deck: fresh.deck, question, opened_at: now, closes_at: closesAt, state: 'claimed', schedule_id: s.id, local_date: localDate });
    ctx.store.updateSchedule(s.id, { position: position + 1, cycle, question_order: order });
    return ctx.store.round(id);
  });
}

/** How posting a claimed question went: `failure` unless the question itself was missing. */
type Published = { ok: true } | { ok: false; failure?: DeliveryFailure };

/** Reveals the schedule's open question, then posts the claimed one. */
async function publish(ctx: EngineContext, r: RoundRow): Promise<Published> {
  for (const open of ctx.store.openDailyOf(r.schedule_id!)) await closeAndReveal(ctx, open);
  const { deck, q } = ctx.question(r.workspace_id, r.deck, r.question);
  if (!deck || !q) {
    ctx.store.markRoundFailed(r.id);
    return { ok: false };
  }
  const res = await deliver(ctx, targetOf(ctx, r), questionReply(q, { deckTitle: deck.title, roundId: r.id, label: msg('answer.labelDaily'), ...(r.closes_at ? { closesAt: r.closes_at } : {}) }));
  const now = ctx.now();
  if (res.ok) {
    ctx.store.tx(() => {
      ctx.store.markRoundOpen(r.id, res.messageId);
      ctx.store.updateSchedule(r.schedule_id!, { last_posted_at: now, failures: 0, last_error: null });
    });
    return { ok: true };
  }
  const s = ctx.store.scheduleById(r.schedule_id!);
  const attempts = ctx.store.roundFailed(r.id, now + backoff(r.attempts + 1));
  ctx.store.updateSchedule(r.schedule_id!, { failures: (s?.failures ?? 0) + 1, last_error: res.failure });
  if (!res.retryable || attempts >= MAX_ATTEMPTS) {
    ctx.d.logger.warn({ schedule: r.schedule_id, round: r.id, failure: res.failure }, 'daily post given up');
    ctx.store.markRoundFailed(r.id);
  }
  return { ok: false, failure: res.failure };
}

/** Posts every schedule whose time has come, catching up within the grace period. */
export async function runDueSchedules(ctx: EngineContext): Promise<void> {
  const now = ctx.now();
  // Several channels in flight: platform round trips, not the engine, set the pace of a busy minute.
  await forEachLimit(ctx.store.dueSchedules(now, 500), POST_CONCURRENCY, async (s) => {
    const time = parseTimeOfDay(s.time)!;
    const next = nextDailyRun(Math.max(now, s.next_at), time, s.timezone);
    const localDate = localDateOf(s.next_at, s.timezone);
    const grace = ctx.d.settings.dailyGraceHours * HOUR;
    if (now - s.next_at > grace) {
      ctx.d.logger.warn({ schedule: s.id, channel: s.channel_id, day: localDate }, 'daily post missed beyond the grace period; skipping the day');
      // The first run still inside the grace period, which may be due right now.
      ctx.store.updateSchedule(s.id, { next_at: nextDailyRun(now - grace - 1, time, s.timezone).at });
      return;
    }
    const r = claim(ctx, s, localDate, now, next.at);
    if (r) await publish(ctx, r);
  });
}

/** Finishes claims left half-done by a crash or a failed post, once another try is due. */
export async function resumeClaims(ctx: EngineContext): Promise<void> {
  const now = ctx.now();
  for (const r of ctx.store.staleClaims(now, now - CLAIM_LEASE_MS, 100)) {
    if (!ctx.store.leaseRound(r.id, now, now + CLAIM_LEASE_MS)) continue;
    const target = targetOf(ctx, r);
    const found = ctx.d.poster.find ? await ctx.d.poster.find(target, `answer:${r.id}`).catch(() => undefined) : undefined;
    if (found) {
      ctx.store.markRoundOpen(r.id, found);
      continue;
    }
    if (r.kind === 'daily' && (r.closes_at === null || r.closes_at > now)) await publish(ctx, { ...r, attempts: r.attempts });
    else ctx.store.markRoundFailed(r.id);
  }
}

export async function dailyNow(ctx: EngineContext, c: Caller): Promise<Reply> {
  const s = scheduleHere(ctx, c);
  const now = ctx.now();
  const today = localDateOf(now, s.timezone);
  // Today's slot if it is free (the schedule then moves on to tomorrow, and the question stays
  // open until then); otherwise an extra post that keeps the daily one.
  const todayFree = !s.paused && localDateOf(s.next_at, s.timezone) === today && !ctx.store.roundOfDay(s.id, today);
  let r = todayFree ? claim(ctx, s, today, now, nextDailyRun(s.next_at, parseTimeOfDay(s.time)!, s.timezone).at) : undefined;
  for (let k = 2; !r && k < 50; k++) r = claim(ctx, s, `${today}+${k}`, now);
  const noQuestions = () => info(msg('daily.noQuestions', { channel: { channel: s.channel_id } }), 'error');
  if (!r) return noQuestions();
  const published = await publish(ctx, r);
  if (!published.ok) return published.failure ? info(deliveryFailureText(published.failure, s.channel_id), 'error') : noQuestions();
  return info(msg('daily.posted', { number: r.question, channel: { channel: s.channel_id } }), 'daily');
}

export async function dailySkip(ctx: EngineContext, c: Caller): Promise<Reply> {
  const s = scheduleHere(ctx, c);
  const open = ctx.store.openDailyOf(s.id);
  if (!open.length) {
    ctx.store.tx(() => ctx.store.updateSchedule(s.id, { position: s.position + 1 }));
    return info(msg('daily.skipped', { at: when(s.next_at, s.timezone) }), 'daily');
  }
  return dailyNow(ctx, c);
}
