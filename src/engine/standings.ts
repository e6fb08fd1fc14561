import { msg, raw, type Msg } from '../core/text.ts';
import { period as checkPeriod } from '../core/validate.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { blankLine } from './messages.ts';
import { periodKey } from './periodKeys.ts';
import type { Caller, Period, Reply } from './types.ts';

const periodTitle: Record<Period, Msg['id']> = { today: 'board.periodToday', week: 'board.periodWeek', month: 'board.periodMonth', all: 'board.periodAll' };
const pts = (count: number) => msg('board.points', { count });

export function leaderboard(ctx: EngineContext, c: Caller, o: { period?: Period; deck?: string }): Reply {
  const checked = checkPeriod(String(o.period ?? 'all'));
  if (!checked.ok) throw new UserError('bad_period', checked.error);
  const period = checked.value;
  const { ws, user } = ctx.member(c);
  const deck = o.deck?.trim() ? ctx.deck(ws, o.deck).name : null;
  const key = periodKey(period, ctx.now());
  ctx.store.boards.fold();
  const top = ctx.store.boards.top(ws.id, key, deck ?? '*', 10);
  const mine = ctx.store.boards.standing(user, key, deck ?? '*');
  const medal = ['🥇', '🥈', '🥉'];
  const lines = top.map((r, i) => msg('board.line', { rank: medal[i] ?? `${i + 1}.`, name: r.name, points: pts(r.points), count: r.answers }));
  const you = mine ? msg('board.you', { rank: mine.rank, points: pts(mine.points) }) : msg('board.youNone');
  const periodName = msg(periodTitle[period]);
  return {
    visibility: 'public',
    kind: 'leaderboard',
    title: deck ? msg('board.titleDeck', { period: periodName, deck }) : msg('board.title', { period: periodName }),
    body: [...(lines.length ? lines : [msg('board.empty')]), blankLine, you],
    userText: true,
  };
}

export function stats(ctx: EngineContext, c: Caller, who?: { userId: string; userName?: string }): Reply {
  const ws = ctx.workspace(c);
  const self = !who || who.userId === c.userId;
  const u = self ? ctx.store.user(ws.id, c.userId, c.userName || c.userId) : ctx.store.findUser(ws.id, who.userId);
  const name = u?.name ?? who?.userName;
  if (!u || !u.answers) {
    const body = self ? msg('board.noAnswersYou') : name ? msg('board.noAnswersMember', { name }) : msg('board.noAnswersSomeone');
    return { visibility: 'private', kind: 'stats', body, userText: true };
  }
  ctx.store.boards.fold();
  const streak = currentStreak(ctx, u.streak, u.streak_schedule_id, u.streak_seq);
  return {
    visibility: 'private',
    kind: 'stats',
    title: msg('board.statsTitle', { name: u.name }),
    body: [],
    fields: [
      { name: msg('board.pointsField'), value: raw(String(u.points)) },
      { name: msg('board.answersField'), value: msg('board.answersValue', { answers: u.answers, fullMarks: u.full_marks }) },
      { name: msg('board.accuracyField'), value: msg('board.accuracyValue', { accuracy: { percent: u.score_sum / u.answers } }) },
      { name: msg('board.streakField'), value: msg('board.streakValue', { current: streak, best: u.best_streak }) },
      { name: msg('board.rankField'), value: msg('board.rankValue', { rank: ctx.store.boards.standing(u, 'all', '*')?.rank ?? '-' }) },
    ],
    userText: true,
  };
}

/** A streak is still alive while its last answered daily question is the newest or the one before it. */
function currentStreak(ctx: EngineContext, streak: number, scheduleId: number | null, seq: number | null): number {
  if (!streak || scheduleId === null || seq === null) return 0;
  const last = ctx.store.lastDailyOf(scheduleId);
  return last?.seq != null && last.seq - seq > 1 ? 0 : streak;
}
