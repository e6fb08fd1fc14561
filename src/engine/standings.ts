import { competitionRanks } from '../core/competitionRanks.ts';
import { msg, raw, type Msg, type Text } from '../core/text.ts';
import type { RankedRow, UserRow } from '../store/rows.ts';
import type { SeasonRow } from '../store/seasonRows.ts';
import { period as checkPeriod } from '../core/validate.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { blankLine, cmd } from './messages.ts';
import { boardLines, seasonLabel, seasonSpan } from './seasons.ts';
import { periodKey } from './periodKeys.ts';
import type { Caller, Period, Reply, StatsImage } from './types.ts';

const periodTitle: Record<Exclude<Period, 'season'>, Msg['id']> = { today: 'board.periodToday', week: 'board.periodWeek', month: 'board.periodMonth', all: 'board.periodAll' };
const pts = (count: number) => msg('board.points', { count });

type Board = { top: RankedRow[]; mine: { points: number; rank: number } | undefined; periodName: Text };

/** Days the stats card charts, ending today (UTC). */
export const CHART_DAYS = 30;
const DAY_MS = 86_400_000;

/** Without a period, the running season's board, else all time's. `image` adds the board as a picture. */
export function leaderboard(ctx: EngineContext, c: Caller, o: { period?: Period; deck?: string; image?: boolean }): Reply {
  const { ws, user } = ctx.member(c);
  const running = ctx.store.seasons.running(ws.id);
  const checked = checkPeriod(String(o.period ?? (running ? 'season' : 'all')));
  if (!checked.ok) throw new UserError('bad_period', checked.error);
  const period = checked.value;
  const deck = o.deck?.trim() ? ctx.deck(ws, o.deck).name : null;
  const board = period === 'season' ? seasonBoard(ctx, ws.id, user.id, running, deck) : periodBoard(ctx, ws.id, user, period, deck);
  const you = board.mine ? msg('board.you', { rank: board.mine.rank, points: pts(board.mine.points) }) : msg('board.youNone');
  const lines = boardLines(board.top);
  const title = deck ? msg('board.titleDeck', { period: board.periodName, deck }) : msg('board.title', { period: board.periodName });
  const reply: Reply = { visibility: 'public', kind: 'leaderboard', title, body: [...(lines.length ? lines : [msg('board.empty')]), blankLine, you], userText: true };
  if (!o.image) return reply;
  // Ranked as the text board is: equal points share a rank.
  const ranks = competitionRanks(board.top.map((r) => r.points));
  const rows = board.top.map((r, i) => ({ rank: ranks[i]!, name: r.name, points: r.points, answers: r.answers }));
  return { ...reply, image: { kind: 'leaderboard', title, rows, ...(board.mine ? { you: { rank: board.mine.rank, points: board.mine.points } } : {}) } };
}

function periodBoard(ctx: EngineContext, wsId: number, user: UserRow, period: Exclude<Period, 'season'>, deck: string | null): Board {
  const key = periodKey(period, ctx.now());
  ctx.store.boards.fold();
  return { top: ctx.store.boards.top(wsId, key, deck ?? '*', 10), mine: ctx.store.boards.standing(user, key, deck ?? '*'), periodName: msg(periodTitle[period]) };
}

/** The running season's board, else the last season's. */
function seasonBoard(ctx: EngineContext, wsId: number, userId: number, running: SeasonRow | undefined, deck: string | null): Board {
  const s = running ?? ctx.store.seasons.latest(wsId);
  if (!s) throw new UserError('no_season', msg('season.noSeason', { seasonStart: cmd('season start') }));
  const { from, to } = seasonSpan(ctx, s);
  return { ...ctx.store.seasons.board(wsId, from, to, deck ?? '*', 10, userId), periodName: msg('season.period', { name: seasonLabel(s) }) };
}

/** `image` adds a card with the same figures and the accuracy of each of the last 30 days. */
export function stats(ctx: EngineContext, c: Caller, who?: { userId: string; userName?: string }, o: { image?: boolean } = {}): Reply {
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
  const rank = ctx.store.boards.standing(u, 'all', '*')?.rank;
  const reply: Reply = {
    visibility: 'private',
    kind: 'stats',
    title: msg('board.statsTitle', { name: u.name }),
    body: [],
    fields: [
      { name: msg('board.pointsField'), value: raw(String(u.points)) },
      { name: msg('board.answersField'), value: msg('board.answersValue', { answers: u.answers, fullMarks: u.full_marks }) },
      { name: msg('board.accuracyField'), value: msg('board.accuracyValue', { accuracy: { percent: u.score_sum / u.answers } }) },
      { name: msg('board.streakField'), value: msg('board.streakValue', { current: streak, best: u.best_streak }) },
      { name: msg('board.rankField'), value: msg('board.rankValue', { rank: rank ?? '-' }) },
    ],
    userText: true,
  };
  if (!o.image) return reply;
  const image: StatsImage = {
    kind: 'stats',
    name: u.name,
    points: u.points,
    answers: u.answers,
    accuracy: u.score_sum / u.answers,
    streak,
    bestStreak: u.best_streak,
    ...(rank !== undefined ? { rank } : {}),
    days: lastDays(ctx, u.id),
  };
  return { ...reply, image };
}

/** The member's answers on each of the last CHART_DAYS UTC days, today last; days without answers are there with none. */
function lastDays(ctx: EngineContext, userId: number): StatsImage['days'] {
  const from = Math.floor(ctx.now() / DAY_MS) * DAY_MS - (CHART_DAYS - 1) * DAY_MS;
  const byDay = new Map(ctx.store.answersByDay(userId, from).map((r) => [r.day, r]));
  return Array.from({ length: CHART_DAYS }, (_, i) => {
    const r = byDay.get(i);
    return { day: from + i * DAY_MS, answers: r?.answers ?? 0, accuracy: r ? r.score_sum / r.answers : 0 };
  });
}

/** A streak is still alive while its last answered daily question is the newest or the one before it. */
function currentStreak(ctx: EngineContext, streak: number, scheduleId: number | null, seq: number | null): number {
  if (!streak || scheduleId === null || seq === null) return 0;
  const last = ctx.store.lastDailyOf(scheduleId);
  return last?.seq != null && last.seq - seq > 1 ? 0 : streak;
}
