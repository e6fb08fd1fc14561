import { msg } from '../core/text.ts';
import { REVIEW_TEXT_MAX } from '../core/validate.ts';
import type { Decision } from '../store/reviewRows.ts';
import type { ReviewPrompt, ReviewVerdict } from './api.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { blankLine, cmd, info } from './messages.ts';
import { decideOnce, type DecisionOutcome } from './rescore.ts';
import { localeOfMember } from './replyLocale.ts';
import { decideButtons, decidedText, logLines, memberParam, noticeText, pageButtons, reviewItemField, verdictWord } from './reviewMessages.ts';
import type { Caller, Reply } from './types.ts';

/** Review items per page: each brings three buttons, and a page should fit one message. */
export const REVIEW_PAGE = 5;
/** Audit log entries per page. */
export const LOG_PAGE = 10;

/** Admins, members the platform marks as reviewers (Slack: SLACK_REVIEWER_USER_IDS), and members with the server's reviewer role. */
export function isReviewer(ctx: EngineContext, c: Caller, wsId: number): boolean {
  if (c.isAdmin || c.isReviewer) return true;
  if (!c.roleIds?.length) return false;
  const role = ctx.store.settings.get(wsId).reviewerRoleId;
  return role !== undefined && c.roleIds.includes(role);
}

function requireReviewer(ctx: EngineContext, c: Caller): { wsId: number; userId: number } {
  const ids = ctx.memberIds(c);
  if (!isReviewer(ctx, c, ids.wsId)) throw new UserError('reviewers_only', msg('review.reviewersOnly'));
  return ids;
}

/** Page `wanted` of `total` items, kept within the pages there are. */
function pageOf(wanted: number | undefined, total: number, size: number): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pages, Math.max(1, Math.floor(wanted ?? 1)));
  return { page, pages, offset: (page - 1) * size };
}

/** `/review`: pending appeals and provisional grades, oldest first, a page at a time, each with its decision buttons. */
export function reviewList(ctx: EngineContext, c: Caller, o: { page?: number } = {}): Reply {
  const { wsId } = requireReviewer(ctx, c);
  const total = ctx.store.reviews.pendingCount(wsId);
  if (!total) return info(msg('review.listEmpty'));
  const { page, pages, offset } = pageOf(o.page, total, REVIEW_PAGE);
  const items = ctx.store.reviews.pending(wsId, REVIEW_PAGE, offset).flatMap((p) => ctx.store.reviews.answer(p.answerId) ?? []);
  return {
    visibility: 'private',
    kind: 'info',
    title: msg('review.listTitle', { page, pages }),
    body: msg('review.listSummary', { count: total }),
    fields: items.map((a, i) => reviewItemField(a, offset + i + 1, ctx.question(wsId, a.round.deck, a.round.question).q)),
    footer: msg('review.listFooter', { gradeSet: cmd('grade set') }),
    buttons: [...items.flatMap((a, i) => decideButtons(a.id, offset + i + 1)), ...pageButtons('reviewpage', page, pages)],
    userText: true,
  };
}

/** `/review log`: every decision, newest first, a page at a time. */
export function reviewLog(ctx: EngineContext, c: Caller, o: { page?: number } = {}): Reply {
  const { wsId } = requireReviewer(ctx, c);
  const total = ctx.store.reviews.logCount(wsId);
  if (!total) return info(msg('review.logEmpty'));
  const { page, pages, offset } = pageOf(o.page, total, LOG_PAGE);
  const entries = ctx.store.reviews.log(wsId, LOG_PAGE, offset);
  return {
    visibility: 'private',
    kind: 'info',
    title: msg('review.logTitle', { page, pages }),
    body: entries.flatMap((d, i) => (i ? [blankLine, ...logLines(d)] : logLines(d))),
    buttons: pageButtons('reviewlog', page, pages),
    userText: true,
  };
}

function checkedNote(note: string | undefined): string {
  const text = (note ?? '').trim();
  if (text.length > REVIEW_TEXT_MAX) throw new UserError('note_too_long', msg('review.noteTooLong', { max: REVIEW_TEXT_MAX, length: text.length }));
  return text;
}

/**
 * Makes a decision and tells both sides: the reviewer in the reply, the member
 * privately once it is committed, in their language (the one their platform
 * last reported, else the server's). A decision that cannot be made is refused
 * with why; one already made names who made it and how.
 */
async function decide(ctx: EngineContext, c: Caller, o: { answerId: number; verdict: ReviewVerdict; note?: string; override: boolean }): Promise<Reply> {
  const { wsId, userId } = requireReviewer(ctx, c);
  const note = checkedNote(o.note);
  const outcome: DecisionOutcome = decideOnce(ctx.store, { workspaceId: wsId, answerId: o.answerId, verdict: o.verdict, note, reviewerId: userId, at: ctx.now(), override: o.override });
  if (outcome.kind !== 'decided') throw undecided(outcome);
  const { decision, answer } = outcome;
  const told = await notifyMember(ctx, c, decision, answer.member.locale);
  return {
    visibility: 'private',
    kind: 'info',
    title: msg('review.decidedTitle'),
    body: [decidedText(decision), msg(told ? 'review.memberTold' : 'review.memberNotTold')],
    userText: true,
  };
}

/** Why a decision was not made: the answer is unknown here, not waiting, or decided already (by whom, and how). */
function undecided(outcome: Exclude<DecisionOutcome, { kind: 'decided' }>): UserError {
  switch (outcome.kind) {
    case 'unknown':
      return new UserError('unknown_answer', msg('review.unknownAnswer'));
    case 'not_pending':
      return new UserError('not_pending', msg('review.notPending', { gradeSet: cmd('grade set') }));
    case 'already': {
      const d = outcome.decision;
      return new UserError('already_decided', msg('review.alreadyDecided', { reviewer: memberParam(d.reviewer), at: { date: d.decidedAt }, verdict: verdictWord(d.after.verdict) }));
    }
  }
}

/**
 * Called when a verdict button is clicked, before the note modal opens: a member who
 * may not review, or an item decided meanwhile, is told so now rather than after
 * writing a note. The decision checks again, since another reviewer may be quicker.
 */
export function reviewPrompt(ctx: EngineContext, c: Caller, answerId: number): ReviewPrompt {
  try {
    const { wsId } = requireReviewer(ctx, c);
    const outcome = waiting(ctx, wsId, answerId);
    if (outcome) throw undecided(outcome);
    return { open: true, answerId };
  } catch (e) {
    if (e instanceof UserError) return { open: false, reply: info(e.text, 'error') };
    throw e;
  }
}

/** Undefined when the answer waits in this workspace's queue; else why it cannot be decided from there. */
function waiting(ctx: EngineContext, wsId: number, answerId: number): Exclude<DecisionOutcome, { kind: 'decided' }> | undefined {
  const a = ctx.store.reviews.answer(answerId);
  if (!a || a.round.workspace_id !== wsId) return { kind: 'unknown' };
  if (a.appeal?.status === 'pending' || a.provisional) return undefined;
  const last = ctx.store.reviews.lastDecision(a.id);
  return last ? { kind: 'already', decision: last } : { kind: 'not_pending' };
}

/** Sends the member their notice; false when the platform cannot or did not deliver it (logged). */
async function notifyMember(ctx: EngineContext, c: Caller, d: Decision, reported: string | null | undefined): Promise<boolean> {
  const notify = ctx.d.poster.notify?.bind(ctx.d.poster);
  if (!notify) return false;
  const ref = { platform: c.platform, workspaceId: c.workspaceId };
  const reply: Reply = { visibility: 'private', kind: 'info', title: msg('review.noticeTitle'), body: noticeText(d), userText: true, locale: localeOfMember(ctx, ref, reported) };
  try {
    await notify({ ...ref, userId: d.member.externalId }, reply);
    return true;
  } catch (e) {
    ctx.d.logger.warn({ err: e instanceof Error ? e.message : String(e), answer: d.answerId, decision: d.id }, 'decision notice not delivered');
    return false;
  }
}

/** A reviewer decides an answer waiting in the queue (an appeal or a provisional grade). */
export async function reviewDecide(ctx: EngineContext, c: Caller, o: { answerId: number; verdict: ReviewVerdict; note?: string }): Promise<Reply> {
  return decide(ctx, c, { ...o, override: false });
}

/** `/grade set`: a reviewer sets the grade of a member's latest answer to a question of a deck (the active or default deck unless named). */
export async function gradeSet(ctx: EngineContext, c: Caller, o: { userId: string; question: number; deck?: string; verdict: ReviewVerdict; note?: string }): Promise<Reply> {
  const { wsId } = requireReviewer(ctx, c);
  const ws = ctx.workspace(c);
  // A removed deck's answers can still be corrected: the name is taken as given.
  const deck = o.deck?.trim() || ws.active_deck || ctx.d.settings.defaultDeck;
  const member = ctx.store.findUser(wsId, o.userId);
  const who = { user: o.userId, ...(member ? { name: member.name } : {}) };
  if (!member) throw new UserError('no_answers', msg('review.noAnswers', { member: who }));
  const answerId = ctx.store.reviews.latestAnswerTo(wsId, member.id, deck, o.question);
  if (answerId === undefined) throw new UserError('no_answer', msg('review.noAnswerTo', { member: who, number: o.question, deck }));
  return decide(ctx, c, { answerId, verdict: o.verdict, ...(o.note !== undefined ? { note: o.note } : {}), override: true });
}
