import { competitionRanks } from '../core/competitionRanks.ts';
import { hashSeed, shuffled } from '../core/shuffle.ts';
import { msg, type Text } from '../core/text.ts';
import { type NumberRange, QUIZ_LIMITS, wholeNumber } from '../core/validate.ts';
import type { SessionRow } from '../store/rows.ts';
import type { QuizStartOptions } from './api.ts';
import type { EngineContext } from './context.ts';
import { deliver } from './deliver.ts';
import { UserError } from './errors.ts';
import { cmd, info, questionReply } from './messages.ts';
import { closeAndReveal, targetOf } from './reveal.ts';
import type { Caller, Reply } from './types.ts';

function checkRange(v: number | undefined, fallback: number, range: NumberRange): number {
  const n = wholeNumber(v ?? fallback, range);
  if (!n.ok) throw new UserError('bad_number', n.error);
  return n.value;
}

export function quizStart(ctx: EngineContext, c: Caller, o: QuizStartOptions): Reply {
  const { ws, user } = ctx.member(c);
  const { name, deck } = ctx.deck(ws, o.deck);
  const chosen = ctx.store.settings.get(ws.id);
  const count = Math.min(checkRange(o.questions, chosen.quizQuestions ?? ctx.d.settings.quizQuestions, QUIZ_LIMITS.questions), deck.questions.length);
  const seconds = checkRange(o.seconds, chosen.quizSeconds ?? ctx.d.settings.quizSeconds, QUIZ_LIMITS.seconds);
  const now = ctx.now();
  const order = shuffled(deck.questions.map((q) => q.number), hashSeed(ws.id, c.channelId, now)).slice(0, count);
  const roundId = ctx.store.tx(() => {
    if (ctx.store.runningSession(ws.id, c.channelId)) throw new UserError('quiz_running', msg('quiz.running', { quizStop: cmd('quiz stop') }));
    const sessionId = ctx.store.insertSession({ workspace_id: ws.id, channel_id: c.channelId, deck: name, started_by: user.id, question_order: order, seconds, started_at: now });
    return ctx.store.insertRound({ workspace_id: ws.id, channel_id: c.channelId, kind: 'quiz', deck: name, question: order[0]!, opened_at: now, closes_at: now + seconds * 1000, state: 'open', session_id: sessionId });
  });
  const q = deck.questions.find((x) => x.number === order[0])!;
  const intro = msg('quiz.started', { name: c.userName, count, seconds });
  return { ...questionReply(q, { deckTitle: deck.title, roundId, label: quizLabel(1, count), closesAt: now + seconds * 1000, intro }), userText: true };
}

export async function quizStop(ctx: EngineContext, c: Caller): Promise<Reply> {
  const { ws, user } = ctx.member(c);
  const s = ctx.store.runningSession(ws.id, c.channelId);
  if (!s) throw new UserError('no_quiz', msg('quiz.none'));
  if (s.started_by !== user.id && !c.isAdmin) throw new UserError('not_your_quiz', msg('quiz.notYours'));
  ctx.store.endSession(s.id);
  for (const r of ctx.store.openInChannel(ws.id, c.channelId)) if (r.session_id === s.id) await closeAndReveal(ctx, r);
  return { ...standings(ctx, s, msg('quiz.stoppedTitle')), visibility: 'public' };
}

const quizLabel = (position: number, total: number): Text => msg('quiz.label', { position, total });

function standings(ctx: EngineContext, s: SessionRow, title: Text): Reply {
  const rows = ctx.store.sessionStandings(s.id);
  const ranks = competitionRanks(rows.map((r) => r.points));
  const body = rows.length ? rows.map((r, i) => msg('quiz.standingLine', { rank: ranks[i]!, name: r.name, points: msg('board.points', { count: r.points }) })) : msg('quiz.nobodyAnswered');
  return { ...info(body, 'leaderboard', 'public'), title, userText: true };
}

/** After a quiz round closed: post the next question, or the final standings. */
export async function advanceQuiz(ctx: EngineContext, sessionId: number): Promise<void> {
  const s = ctx.store.session(sessionId);
  if (!s || !s.running) return;
  const order = s.question_order;
  const target = targetOf(ctx, s);
  const nextPos = s.position + 1;
  const { deck, q } = nextPos < order.length ? ctx.question(s.workspace_id, s.deck, order[nextPos]!) : {};
  if (!deck || !q) {
    // Ended once: the process that ends it posts the standings.
    if (ctx.store.endSession(s.id)) await deliver(ctx, target, standings(ctx, s, msg('quiz.overTitle')));
    return;
  }
  const now = ctx.now();
  const closesAt = now + s.seconds * 1000;
  const roundId = ctx.store.tx(() => {
    if (!ctx.store.advanceSession(s.id, s.position)) return undefined;
    return ctx.store.insertRound({ workspace_id: s.workspace_id, channel_id: s.channel_id, kind: 'quiz', deck: s.deck, question: q.number, opened_at: now, closes_at: closesAt, state: 'claimed', session_id: s.id });
  });
  if (roundId === undefined) return;
  const res = await deliver(ctx, target, questionReply(q, { deckTitle: deck.title, roundId, label: quizLabel(nextPos + 1, order.length), closesAt }));
  if (res.ok) ctx.store.markRoundOpen(roundId, res.messageId);
  else {
    // A channel that cannot take the next question ends the quiz rather than looping on errors.
    ctx.store.markRoundFailed(roundId);
    ctx.store.endSession(s.id);
  }
}

export async function closeQuizRound(ctx: EngineContext, roundId: number): Promise<void> {
  const r = ctx.store.round(roundId);
  if (!r) return;
  // Only the process that closed the round moves the quiz on, after its reveal.
  if (!(await closeAndReveal(ctx, r))) return;
  if (r.session_id !== null) await advanceQuiz(ctx, r.session_id);
}
