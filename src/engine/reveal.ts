import type { RoundRow } from '../store/rows.ts';
import type { EngineContext } from './context.ts';
import { MAX_ATTEMPTS, backoff, deliver } from './deliver.ts';
import { revealButtonId, revealReply, roundLabel } from './messages.ts';
import type { ChannelTarget, Reply } from './types.ts';

/** How long a process holds a reveal it is posting; one that died holding it is retried after. */
export const REVEAL_LEASE_MS = 120_000;

export function targetOf(ctx: EngineContext, r: Pick<RoundRow, 'workspace_id' | 'channel_id'>): ChannelTarget {
  const ws = ctx.store.workspaceById(r.workspace_id);
  return { platform: ws.platform as ChannelTarget['platform'], workspaceId: ws.external_id, channelId: r.channel_id };
}

export function revealFor(ctx: EngineContext, r: RoundRow): Reply | undefined {
  const { q } = ctx.question(r.workspace_id, r.deck, r.question);
  if (!q) return undefined;
  const results = ctx.store.roundResults(r.id);
  const keyPoints = ctx.d.grader.keyPoints?.(q) ?? q.keyPoints.map((k) => k.label);
  return revealReply(q, { roundId: r.id, label: roundLabel(r), keyPoints, ...results });
}

/** Posts the reveal of a closed round; failures are retried later with back-off. */
export async function postReveal(ctx: EngineContext, r: RoundRow): Promise<boolean> {
  const reply = revealFor(ctx, r);
  if (!reply) {
    ctx.store.revealDone(r.id);
    return true;
  }
  const res = await deliver(ctx, targetOf(ctx, r), reply);
  if (res.ok) {
    ctx.store.revealDone(r.id);
    return true;
  }
  const attempts = ctx.store.roundFailed(r.id, ctx.now() + backoff(r.attempts + 1));
  if (!res.retryable || attempts >= MAX_ATTEMPTS) {
    ctx.d.logger.warn({ round: r.id, failure: res.failure }, 'reveal given up');
    ctx.store.revealDone(r.id);
  }
  return false;
}

/** Posts a reveal left pending (a failed try, or a process that died), unless another process holds it. */
export async function retryReveal(ctx: EngineContext, r: RoundRow): Promise<void> {
  const now = ctx.now();
  if (!ctx.store.leaseRound(r.id, now, now + REVEAL_LEASE_MS)) return;
  if (await alreadyPosted(ctx, r)) {
    ctx.store.revealDone(r.id);
    return;
  }
  await postReveal(ctx, r);
}

/**
 * Whether the round's reveal is in its channel already: a process that died between
 * posting it and recording so leaves it pending. Its button carries the round's id.
 * When the channel cannot be read, the reveal is posted (a repeat rather than none).
 */
async function alreadyPosted(ctx: EngineContext, r: RoundRow): Promise<boolean> {
  const find = ctx.d.poster.find?.bind(ctx.d.poster);
  if (!find) return false;
  try {
    return (await find(targetOf(ctx, r), revealButtonId(r.id))) !== undefined;
  } catch (e) {
    ctx.d.logger.warn({ round: r.id, err: e instanceof Error ? e.message : String(e) }, 'could not look for a posted reveal');
    return false;
  }
}

/** Stops answers to a round and posts its reveal; false when the round was already closed (here or by another process). */
export async function closeAndReveal(ctx: EngineContext, r: RoundRow): Promise<boolean> {
  const now = ctx.now();
  if (!ctx.store.closeRound(r.id, now, now + REVEAL_LEASE_MS)) return false;
  if (r.kind !== 'practice') await postReveal(ctx, ctx.store.round(r.id)!);
  return true;
}
