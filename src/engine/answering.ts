import { msg, raw } from '../core/text.ts';
import { nextStreak } from '../core/scoring.ts';
import type { AnswerRow, RoundRow } from '../store/rows.ts';
import { answerPoints, creditsStreak } from './answerPoints.ts';
import type { AnswerPrompt } from './api.ts';
import { canAppeal, withinAppealWindow } from './appeals.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { learnedGrade } from './learnedGrade.ts';
import { cmd, feedbackReply, info, questionReply, roundLabel } from './messages.ts';
import { storedGrade } from './storedGrade.ts';
import type { Caller, Reply } from './types.ts';

const noOpenQuestion = () => new UserError('no_open_question', msg('answer.noOpenQuestion', { quizStart: cmd('quiz start'), dailySetup: cmd('daily setup') }));

/** A round is answerable until its close time, even if the reveal has not gone out yet. */
function isOpen(r: RoundRow, now: number): boolean {
  return r.state === 'open' && (r.closes_at === null || now < r.closes_at);
}

function closedError(r: RoundRow): UserError {
  return new UserError('closed', msg('answer.closedAt', { at: { date: r.closed_at ?? r.closes_at ?? r.opened_at } }));
}

export function ask(ctx: EngineContext, c: Caller): Reply {
  const ws = ctx.workspace(c);
  const now = ctx.now();
  const r = ctx.store.openInChannel(ws.id, c.channelId).find((x) => isOpen(x, now));
  if (!r) throw noOpenQuestion();
  const { deck, q } = ctx.question(ws.id, r.deck, r.question);
  if (!deck || !q) throw noOpenQuestion();
  return questionReply(q, { deckTitle: deck.title, roundId: r.id, label: roundLabel(r), ...(r.closes_at ? { closesAt: r.closes_at } : {}), visibility: 'private' });
}

/**
 * Finds the round an answer is for, refusing rounds of other workspaces and other users'
 * practice; with the member's answer to it when finding the round already read it.
 */
function targetRound(ctx: EngineContext, c: Caller, wsId: number, userId: number, roundId?: number): { r: RoundRow; prior?: AnswerRow } {
  if (roundId !== undefined) {
    const r = ctx.store.round(roundId);
    if (!r) throw noOpenQuestion();
    if (r.workspace_id !== wsId) throw new UserError('other_workspace', msg('answer.otherWorkspace'));
    if (r.kind === 'practice' && r.owner_id !== userId) throw new UserError('no_practice', msg('answer.noPractice', { practice: cmd('practice') }));
    return { r };
  }
  const now = ctx.now();
  const open = ctx.store.openInChannel(wsId, c.channelId);
  const live = open.find((x) => isOpen(x, now));
  // The channel's question first while the member has not answered it; then their own practice.
  const prior = live && ctx.store.answerOf(live.id, userId);
  if (live && !prior) return { r: live };
  const practice = ctx.store.openPractice(userId);
  if (practice) return { r: practice };
  if (live) return { r: live, ...(prior ? { prior } : {}) };
  if (open[0]) return { r: open[0] };
  throw noOpenQuestion();
}

export function answerPrompt(ctx: EngineContext, c: Caller, roundId: number): AnswerPrompt {
  const { wsId, userId } = ctx.memberIds(c);
  try {
    const { r, prior: known } = targetRound(ctx, c, wsId, userId, roundId);
    if (!isOpen(r, ctx.now())) throw closedError(r);
    const prior = known ?? ctx.store.answerOf(r.id, userId);
    if (prior) return { open: false, reply: alreadyReply(ctx, prior, userId) };
    const { q } = ctx.question(wsId, r.deck, r.question);
    if (!q) throw closedError(r);
    return { open: true, roundId: r.id, title: msg('answer.questionTitle', { label: roundLabel(r), number: q.number }), prompt: raw(q.prompt) };
  } catch (e) {
    if (e instanceof UserError) return { open: false, reply: info(e.text, 'error') };
    throw e;
  }
}

/** Repeats the stored grade: a second answer never re-grades the first. */
function alreadyReply(ctx: EngineContext, a: AnswerRow, userId: number): Reply {
  return feedbackReply(storedGrade(a), a.points, { already: true, provisional: a.provisional === 1, ...(canAppeal(ctx, a.id, userId) ? { appealId: a.id } : {}) });
}

export function answer(ctx: EngineContext, c: Caller, raw: string, roundId?: number): Reply {
  const answerText = raw.trim();
  if (!answerText) throw new UserError('empty_answer', msg('answer.empty', { answer: cmd('answer') }));
  const max = ctx.d.settings.maxAnswerLength;
  if (answerText.length > max) throw new UserError('too_long', msg('answer.tooLong', { max }));
  const { wsId, userId } = ctx.memberIds(c);
  const { r, prior } = targetRound(ctx, c, wsId, userId, roundId);
  const now = ctx.now();
  // Answered already (as finding the round showed): the stored grade, without grading again.
  if (prior) return alreadyReply(ctx, prior, userId);
  if (!isOpen(r, now)) {
    const answered = ctx.store.answerOf(r.id, userId);
    if (answered) return alreadyReply(ctx, answered, userId);
    throw closedError(r);
  }
  const { q } = ctx.question(wsId, r.deck, r.question);
  if (!q) throw closedError(r);

  // A second answer to a round named by its button is found by the insert below, so it costs no lookup first.
  // Grade outside the transaction: better-sqlite3 transactions must stay short and synchronous.
  const grade = learnedGrade(ctx, wsId, r.deck, q, answerText);
  const practice = r.kind === 'practice';
  const points = answerPoints(grade, r, now);
  // An unsure grade of a scored answer waits for a reviewer; practice scores nothing to correct.
  const provisional = !practice && grade.confidence < ctx.d.settings.reviewBelowConfidence;
  const stored = ctx.store.tx(() => {
    // The (round, user) key settles a race with another process: the loser reports the first answer.
    const id = ctx.store.insertAnswer({ round_id: r.id, user_id: userId, text: answerText, ...grade, points, answered_at: now, provisional });
    if (id === undefined) return undefined;
    if (practice) {
      ctx.store.closeRound(r.id, now);
      return id;
    }
    ctx.store.addScore(userId, { points, score: grade.score, fullMarks: grade.verdict === 'correct' });
    if (r.kind === 'daily' && r.schedule_id !== null && r.seq !== null) {
      const u = ctx.store.userById(userId);
      const s = nextStreak({ streak: u.streak, best: u.best_streak, scheduleId: u.streak_schedule_id, seq: u.streak_seq }, r.schedule_id, r.seq, creditsStreak(grade.score));
      ctx.store.setStreak(userId, s);
    }
    return id;
  });
  if (stored === undefined) return alreadyReply(ctx, ctx.store.answerOf(r.id, userId)!, userId);
  const appealable = withinAppealWindow(ctx, { answeredAt: now, round: r }, now);
  return feedbackReply(grade, points, { revealNow: practice, question: q, provisional, ...(appealable ? { appealId: stored } : {}) });
}
