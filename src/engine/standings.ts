import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { text } from './messages.ts';
import { periodKey } from './periodKeys.ts';
import type { Caller, Period, Reply } from './types.ts';

const PERIODS: readonly Period[] = ['today', 'week', 'month', 'all'];
const periodTitle: Record<Period, string> = { today: 'today', week: 'this week', month: 'this month', all: 'all time' };

export function leaderboard(ctx: EngineContext, c: Caller, o: { period?: Period; deck?: string }): Reply {
  const period = o.period ?? 'all';
  if (!PERIODS.includes(period)) throw new UserError('bad_period', text.badPeriod(String(period)));
  const { ws, user } = ctx.member(c);
  const deck = o.deck?.trim() ? ctx.deck(ws, o.deck).name : null;
  const key = periodKey(period, ctx.now());
  ctx.store.boards.fold();
  const top = ctx.store.boards.top(ws.id, key, deck ?? '*', 10);
  const mine = ctx.store.boards.standing(user, key, deck ?? '*');
  const medal = ['🥇', '🥈', '🥉'];
  const lines = top.map((r, i) => `${medal[i] ?? `${i + 1}.`} ${r.name}: ${r.points} pts (${r.answers} answer${r.answers === 1 ? '' : 's'})`);
  const you = mine ? `You: #${mine.rank} with ${mine.points} pts.` : 'You have no points in this period yet.';
  return {
    visibility: 'public',
    kind: 'leaderboard',
    title: `Leaderboard: ${periodTitle[period]}${deck ? ` · ${deck}` : ''}`,
    body: `${lines.length ? lines.join('\n') : 'No answers yet. Be the first!'}\n\n${you}`,
    userText: true,
  };
}

export function stats(ctx: EngineContext, c: Caller, who?: { userId: string; userName?: string }): Reply {
  const ws = ctx.workspace(c);
  const self = !who || who.userId === c.userId;
  const u = self ? ctx.store.user(ws.id, c.userId, c.userName || c.userId) : ctx.store.findUser(ws.id, who.userId);
  const name = u?.name ?? who?.userName ?? 'That member';
  if (!u || !u.answers) return { visibility: 'private', kind: 'stats', body: `${self ? 'You have' : `${name} has`} not answered any question yet.`, userText: true };
  const accuracy = Math.round((u.score_sum / u.answers) * 100);
  ctx.store.boards.fold();
  const streak = currentStreak(ctx, u.streak, u.streak_schedule_id, u.streak_seq);
  return {
    visibility: 'private',
    kind: 'stats',
    title: `Stats: ${u.name}`,
    body: '',
    fields: [
      { name: 'Points', value: String(u.points) },
      { name: 'Answers', value: `${u.answers} (${u.full_marks} with full marks)` },
      { name: 'Accuracy', value: `${accuracy}% average grade` },
      { name: 'Streak', value: `${streak} now, best ${u.best_streak}` },
      { name: 'Rank', value: `#${ctx.store.boards.standing(u, 'all', '*')?.rank ?? '-'} all time` },
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
