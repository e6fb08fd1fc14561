import { msg, raw } from '../core/text.ts';
import { REVIEW_TEXT_MAX } from '../core/validate.ts';
import type { ReviewedAnswer } from '../store/reviewRows.ts';
import type { RoundRow } from '../store/rows.ts';
import type { AppealPrompt } from './api.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { cmd, info } from './messages.ts';
import { verdictWord } from './reviewMessages.ts';
import type { Caller, Reply } from './types.ts';

const DAY_MS = 86_400_000;

type AppealWindow = Pick<ReviewedAnswer, 'answeredAt'> & { round: Pick<RoundRow, 'kind' | 'closes_at' | 'closed_at'> };

/**
 * When appeals of an answer end: APPEAL_DAYS after its question closed, or after
 * answering in practice; undefined while the question is still open.
 */
export function appealDeadline(ctx: EngineContext, a: AppealWindow, now: number): number | undefined {
  const days = ctx.d.settings.appealDays * DAY_MS;
  if (a.round.kind === 'practice') return a.answeredAt + days;
  const closed = a.round.closed_at ?? (a.round.closes_at !== null && a.round.closes_at <= now ? a.round.closes_at : null);
  return closed === null ? undefined : closed + days;
}

/** Whether the time to appeal an answer's grade has not run out. */
export function withinAppealWindow(ctx: EngineContext, a: AppealWindow, now: number): boolean {
  const deadline = appealDeadline(ctx, a, now);
  return deadline === undefined || now < deadline;
}

/** Why this member cannot appeal this answer now; undefined when they can. */
function refusal(ctx: EngineContext, a: ReviewedAnswer, userId: number, now: number): UserError | undefined {
  if (a.member.id !== userId) return new UserError('appeal_not_yours', msg('review.appealNotYours'));
  if (a.appeal) return new UserError('appeal_duplicate', msg('review.appealDuplicate', { at: { date: a.appeal.createdAt } }));
  const decided = ctx.store.reviews.lastDecision(a.id);
  if (decided) return new UserError('appeal_decided', msg('review.appealDecided', { verdict: verdictWord(decided.after.verdict) }));
  if (!withinAppealWindow(ctx, a, now)) {
    const at = { date: appealDeadline(ctx, a, now)! };
    const count = ctx.d.settings.appealDays;
    return new UserError('appeal_closed', msg(a.round.kind === 'practice' ? 'review.appealClosedPractice' : 'review.appealClosed', { at, count }));
  }
  return undefined;
}

/** Whether the member may appeal their stored answer now (the Appeal button is offered). */
export function canAppeal(ctx: EngineContext, answerId: number, userId: number): boolean {
  const a = ctx.store.reviews.answer(answerId);
  return !!a && !refusal(ctx, a, userId, ctx.now());
}

/** The answer an appeal is about, refusing answers of other workspaces. */
function appealed(ctx: EngineContext, c: Caller, answerId?: number): { a: ReviewedAnswer; userId: number } {
  const { wsId, userId } = ctx.memberIds(c);
  const id = answerId ?? ctx.store.reviews.latestAnswerOf(wsId, userId);
  if (id === undefined) throw new UserError('appeal_nothing', msg('review.appealNothing'));
  const a = ctx.store.reviews.answer(id);
  if (!a || a.round.workspace_id !== wsId) throw new UserError('appeal_unknown', msg('review.appealUnknown', { appeal: cmd('appeal') }));
  return { a, userId };
}

/** Before the Appeal form opens: the answer to appeal, or why it cannot be. */
export function appealPrompt(ctx: EngineContext, c: Caller, answerId: number): AppealPrompt {
  try {
    const { a, userId } = appealed(ctx, c, answerId);
    const why = refusal(ctx, a, userId, ctx.now());
    if (why) throw why;
    return { open: true, answerId: a.id, title: msg('review.appealTitle', { number: a.round.question }) };
  } catch (e) {
    if (e instanceof UserError) return { open: false, reply: info(e.text, 'error') };
    throw e;
  }
}

/**
 * Appeals a grade: the answer from the button, else the member's latest here. One
 * appeal per answer, within the appeal window; checked and recorded in one
 * transaction, so two clicks make one appeal.
 */
export function appeal(ctx: EngineContext, c: Caller, o: { answerId?: number; reason: string }): Reply {
  const reason = o.reason.trim();
  if (reason.length > REVIEW_TEXT_MAX) throw new UserError('reason_too_long', msg('review.reasonTooLong', { max: REVIEW_TEXT_MAX, length: reason.length }));
  const { a: found, userId } = appealed(ctx, c, o.answerId);
  const now = ctx.now();
  const a = ctx.store.txImmediate(() => {
    const fresh = ctx.store.reviews.answer(found.id)!;
    const why = refusal(ctx, fresh, userId, now);
    if (why) throw why;
    ctx.store.reviews.insertAppeal(fresh.id, reason, now);
    return fresh;
  });
  return {
    visibility: 'private',
    kind: 'info',
    title: msg('review.appealedTitle'),
    body: [msg('review.appealed', { number: a.round.question, deck: a.round.deck }), ...(reason ? [msg('review.itemReason', { reason: raw(reason) })] : [])],
    userText: true,
  };
}
