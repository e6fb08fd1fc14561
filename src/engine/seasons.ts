import { competitionRanks } from '../core/competitionRanks.ts';
import { msg, raw, type Text } from '../core/text.ts';
import { seasonLength, seasonName, type SeasonLength } from '../core/validate.ts';
import type { RankedRow } from '../store/rows.ts';
import type { SeasonRow } from '../store/seasonRows.ts';
import type { EngineContext } from './context.ts';
import type { DeliveryFailure } from '../core/delivery.ts';
import { readJson, toJson } from '../store/jsonColumns.ts';
import { MAX_ATTEMPTS, backoff, deliver } from './deliver.ts';
import { deliveryFailureText } from './deliveryFailureText.ts';
import { rewardLines, rewardSeason } from './seasonRewards.ts';
import { UserError } from './errors.ts';
import { blankLine, cmd, info } from './messages.ts';
import type { Caller, Reply, WorkspaceRef } from './types.ts';

const DAY = 86_400_000;
const FINAL_TOP = 10;
/** Seasons whose final board one tick posts at most. */
const ANNOUNCE_BATCH = 50;

/** A season as people read it: its name, or "Season 3". */
export const seasonLabel = (s: SeasonRow): Text => (s.name ? raw(s.name) : msg('season.defaultName', { number: s.number }));

/** The answers a season's board counts: from its start up to its end (or now, while it runs), both included. */
export const seasonSpan = (ctx: EngineContext, s: SeasonRow) => ({ from: s.started_at, to: (s.ended_at ?? ctx.now()) + 1 });

const pts = (count: number) => msg('board.points', { count });
const medal = ['🥇', '🥈', '🥉'];

/** Board lines, ranked from 1; members with equal points share a rank (and a medal). */
export function boardLines(rows: readonly RankedRow[]): Text[] {
  const ranks = competitionRanks(rows.map((r) => r.points));
  return rows.map((r, i) => msg('board.line', { rank: medal[ranks[i]! - 1] ?? `${ranks[i]}.`, name: r.name, points: pts(r.points), count: r.answers }));
}

function endOf(length: SeasonLength, now: number): number {
  if (length.kind === 'week') return now + 7 * DAY;
  if (length.kind === 'month') {
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() + 1);
    return d.getTime();
  }
  // Up to and including the date (UTC).
  return Date.parse(`${length.date}T00:00:00Z`) + DAY;
}

/** `/season start [name] [week|month|YYYY-MM-DD]` (admins). */
export function seasonStart(ctx: EngineContext, c: Caller, o: { name?: string; length?: SeasonLength | string }): Reply {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const name = o.name === undefined ? undefined : seasonName(o.name);
  if (name && !name.ok) throw new UserError('bad_season_name', name.error);
  const length = typeof o.length === 'string' ? seasonLength(o.length) : o.length === undefined ? undefined : ({ ok: true, value: o.length } as const);
  if (length && !length.ok) throw new UserError('bad_season_length', length.error);
  const now = ctx.now();
  const endsAt = length ? endOf(length.value, now) : null;
  if (endsAt !== null && endsAt <= now) throw new UserError('season_end_past', msg('season.endInPast', { date: length!.value.kind === 'until' ? length!.value.date : '' }));
  const s = ctx.store.txImmediate(() => {
    const running = ctx.store.seasons.running(ws.id);
    if (running) throw new UserError('season_running', msg('season.alreadyRunning', { name: seasonLabel(running), seasonEnd: cmd('season end') }));
    return ctx.store.seasons.start({ workspaceId: ws.id, name: name?.value ?? null, startedAt: now, endsAt });
  });
  const leaderboard = cmd('leaderboard');
  const body = endsAt === null ? msg('season.started', { name: seasonLabel(s), leaderboard }) : msg('season.startedUntil', { name: seasonLabel(s), end: { date: endsAt }, leaderboard });
  return { ...info(body, 'info', 'public'), userText: true };
}

/** `/season end` (admins): ends the running season; its final board goes to the daily channel once, or to the admin when there is none. */
export async function seasonEnd(ctx: EngineContext, c: Caller): Promise<Reply> {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const s = ctx.store.txImmediate(() => {
    const running = ctx.store.seasons.running(ws.id);
    if (!running) throw new UserError('no_season', msg('season.noneRunning', { seasonStart: cmd('season start') }));
    ctx.store.seasons.end(running.id, ctx.now());
    return ctx.store.seasons.byId(running.id)!;
  });
  const channelId = dailyChannel(ctx, s.workspace_id);
  const posted = await announce(ctx, s, { platform: ws.platform, workspaceId: ws.external_id });
  const ended = ctx.store.seasons.byId(s.id)!;
  const final = finalBoard(ctx, ended);
  if (channelId && posted === 'posted') {
    // The board is in the channel; a reward that went wrong is the admin's to fix, so they read it here too.
    return { ...info([msg('season.endedPosted', { name: seasonLabel(s), channel: { channel: channelId } }), ...rewardLines(ended).flatMap((l) => [blankLine, l])], 'info', 'public'), userText: true };
  }
  const head =
    channelId && typeof posted === 'object'
      ? msg('reward.postFailed', { name: seasonLabel(s), failure: deliveryFailureText(posted, channelId) })
      : msg('season.ended', { name: seasonLabel(s) });
  return { ...final, visibility: 'public', body: [head, blankLine, ...(final.body as Text[])] };
}

/** Ends the seasons whose end date has come, then posts every final board not yet posted (or due for a retry). Called on each tick. */
export async function runSeasonEnds(ctx: EngineContext): Promise<void> {
  ctx.store.tx(() => ctx.store.seasons.endDue(ctx.now()));
  for (const s of ctx.store.seasons.unannounced(ctx.now(), ANNOUNCE_BATCH)) await announce(ctx, s, { platform: s.platform, workspaceId: s.workspace_external_id });
}

const dailyChannel = (ctx: EngineContext, workspaceId: number): string | undefined => ctx.store.schedulesOf(workspaceId)[0]?.channel_id;

/**
 * Moves the reward role and posts a season's final board in the workspace's daily
 * channel, once: the post is claimed in the database before it is sent, so a restart
 * or a second process never posts it again. A post that fails is released for a
 * retry after a back-off (up to MAX_ATTEMPTS), and its failure kept for the admin
 * (`/daily status`). With no daily channel the claim is all there is.
 * Returns 'posted', the failure, or undefined when there was nothing to post here.
 */
async function announce(ctx: EngineContext, s: SeasonRow, ref: WorkspaceRef): Promise<'posted' | DeliveryFailure | undefined> {
  const claimed = ctx.store.txImmediate(() => ctx.store.seasons.claimAnnouncement(s.id, ctx.now()));
  if (!claimed) return undefined;
  await rewardSeason(ctx, s, ref, seasonSpan(ctx, s));
  const channelId = dailyChannel(ctx, s.workspace_id);
  if (!channelId) return undefined;
  const sent = await deliver(ctx, { ...ref, channelId }, finalBoard(ctx, ctx.store.seasons.byId(s.id)!));
  if (sent.ok) {
    if (s.announce_error) ctx.store.seasons.announced(s.id);
    return 'posted';
  }
  const attempts = s.announce_attempts + 1;
  const retryAt = attempts < MAX_ATTEMPTS ? ctx.now() + backoff(attempts) : undefined;
  ctx.store.tx(() => ctx.store.seasons.announceFailed(s.id, toJson(sent.failure), retryAt));
  ctx.d.logger.warn({ season: s.id, failure: sent.failure, attempts, retryAt }, retryAt ? 'final season board not delivered; will retry' : 'final season board given up');
  return sent.failure;
}

/** `/daily status`: a final board that could not be posted, in the admin's words. */
export function failedFinalBoard(ctx: EngineContext, workspaceId: number): Text | undefined {
  const s = ctx.store.seasons.failedAnnouncement(workspaceId);
  const channelId = dailyChannel(ctx, workspaceId);
  if (!s?.announce_error || !channelId) return undefined;
  return msg('reward.statusPostFailed', { name: seasonLabel(s), failure: deliveryFailureText(readJson<DeliveryFailure>(s.announce_error), channelId) });
}

function finalBoard(ctx: EngineContext, s: SeasonRow): Reply {
  const { from, to } = seasonSpan(ctx, s);
  const top = ctx.store.seasons.top(s.workspace_id, from, to, '*', FINAL_TOP);
  return {
    visibility: 'public',
    kind: 'leaderboard',
    title: msg('season.finalTitle', { name: seasonLabel(s) }),
    body: [...(top.length ? boardLines(top) : [msg('board.empty')]), ...rewardLines(s).flatMap((l) => [blankLine, l])],
    userText: true,
  };
}
