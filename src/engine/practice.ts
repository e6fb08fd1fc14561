import type { Question } from '../core/deck.ts';
import { msg, raw, type Text } from '../core/text.ts';
import { shuffled, hashSeed } from '../core/shuffle.ts';
import { endOfLocalDay } from '../core/schedule/endOfLocalDay.ts';
import type { EngineContext } from './context.ts';
import { memberZone } from './practiceReminders.ts';
import { UserError } from './errors.ts';
import { cmd, questionReply } from './messages.ts';
import type { Caller, Reply } from './types.ts';

const DAY = 86_400_000;
/** Retention counts the reviews of this many days. */
export const RETENTION_DAYS = 30;

/**
 * Personal practice: the most overdue card first, then questions the member has never
 * answered (in a fresh order per member and deck), then, with nothing due and nothing
 * new, the card due soonest, said to be early. Never a question open in a channel of
 * the workspace, which would have its model answer revealed here.
 */
export function practice(ctx: EngineContext, c: Caller, deckName?: string): Reply {
  const { ws, user } = ctx.member(c);
  const { name, deck } = ctx.deck(ws, deckName);
  const now = ctx.now();
  const numbers = new Set(deck.questions.map((x) => x.number));
  const order = shuffled([...numbers], hashSeed(ws.id, user.id, name));
  // "Today" is the member's: their reminder's timezone, kept when reminders are off, else UTC.
  const zone = memberZone(ctx, user.id);
  const endOfToday = endOfLocalDay(now, zone);
  const done = ctx.store.tx(() => {
    const inChannels = new Set(ctx.store.openChannelQuestions(ws.id).filter((x) => x.deck === name).map((x) => x.question));
    const cards = ctx.store.cards.byDue(user.id, name).filter((x) => numbers.has(x.question));
    const servable = cards.filter((x) => !inChannels.has(x.question));
    const seen = new Set(cards.map((x) => x.question));
    const due = servable.find((x) => x.memory.due <= now);
    // New questions walked by how many practice rounds the member has had, so a skipped one is not served again at once.
    const count = ctx.store.practiceCount(user.id, name);
    const fresh = due ? undefined : order.map((_, i) => order[(count + i) % order.length]!).find((x) => !seen.has(x) && !inChannels.has(x));
    const early = due || fresh !== undefined ? undefined : servable[0];
    const n = due?.question ?? fresh ?? early?.question;
    if (n === undefined) throw new UserError('practice_all_open', msg('answer.practiceAllOpen', { deck: raw(deck.title) }));
    const open = ctx.store.openPractice(user.id);
    if (open) ctx.store.closeRound(open.id, now);
    const id = ctx.store.insertRound({ workspace_id: ws.id, channel_id: c.channelId, kind: 'practice', deck: name, question: n, opened_at: now, closes_at: null, state: 'open', owner_id: user.id });
    const dueNow = cards.filter((x) => x.memory.due <= now).length;
    const laterToday = cards.filter((x) => x.memory.due > now && x.memory.due < endOfToday).length;
    const next = cards.find((x) => x.memory.due > now)?.memory.due;
    return { id, n, dueNow, laterToday, next, early: early?.memory.due };
  });
  const q = deck.questions.find((x) => x.number === done.n) as Question;
  const intro: Text[] = [
    done.next !== undefined ? msg('practice.dueWithNext', { count: done.dueNow, date: { date: done.next, zone } }) : msg('practice.due', { count: done.dueNow }),
  ];
  if (done.laterToday) intro.push(msg('practice.dueLaterToday', { count: done.laterToday, zone }));
  if (done.early !== undefined) intro.push(msg('practice.early', { date: { date: done.early, zone } }));
  return questionReply(q, { deckTitle: deck.title, roundId: done.id, label: msg('answer.labelPractice'), visibility: 'private', intro, practice: true });
}

/** The Practise button on a reveal: a private practice question from that round's deck. */
export function practiceFrom(ctx: EngineContext, c: Caller, roundId: number): Reply {
  const { ws } = ctx.member(c);
  const r = ctx.store.round(roundId);
  return practice(ctx, c, r && r.workspace_id === ws.id ? r.deck : undefined);
}

/** `/practice stats`: per deck, cards learned, cards due now, and retention over the last 30 days. */
export function practiceStats(ctx: EngineContext, c: Caller): Reply {
  const { ws, user } = ctx.member(c);
  const now = ctx.now();
  const rows = ctx.store.cards.stats(user.id, now, now - RETENTION_DAYS * DAY);
  if (!rows.length) return { visibility: 'private', kind: 'stats', body: msg('practice.statsEmpty', { practice: cmd('practice') }) };
  return {
    visibility: 'private',
    kind: 'stats',
    title: msg('practice.statsTitle'),
    body: [],
    fields: rows.map((r) => ({
      name: raw(ctx.d.decks.get(ws.id, r.deck)?.deck.title ?? r.deck),
      value: msg('practice.statsDeck', {
        learned: r.learned,
        due: r.dueNow,
        retention: r.reviews ? msg('practice.retention', { share: { percent: r.recalled / r.reviews }, days: RETENTION_DAYS }) : msg('practice.noReviews', { days: RETENTION_DAYS }),
      }),
    })),
    userText: true,
  };
}
