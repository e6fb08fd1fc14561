/** Fixed data for the pictures' tests: fixed names, a fixed clock's last 30 days, fixed figures. */
import { msg } from '../../src/core/text.ts';
import type { Reply } from '../../src/engine/types.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const DAY = 86_400_000;
/** 30 days ending on 2026-03-02 (UTC), the test engine's default day. */
const FIRST_DAY = Date.UTC(2026, 1, 1);

export function statsReply(locale: Locale, over: { name?: string } = {}): Reply {
  const days = Array.from({ length: 30 }, (_, i) => ({ day: FIRST_DAY + i * DAY, answers: i % 5 === 4 ? 0 : 1 + (i % 3), accuracy: [0.2, 0.55, 0.9, 0.7, 1][i % 5]! }));
  return {
    visibility: 'private',
    kind: 'stats',
    locale,
    title: msg('board.statsTitle', { name: over.name ?? 'Ada Lovelace' }),
    body: [],
    image: { kind: 'stats', name: over.name ?? 'Ada Lovelace', points: 1234, answers: 87, accuracy: 0.734, streak: 5, bestStreak: 12, rank: 3, days },
  };
}

export function boardReply(locale: Locale, names = ['Ada', 'Grace Hopper', 'Linus', 'Mária Ñúñez', 'Bob', 'Carol', 'Dave', 'Eve', 'Mallory', 'Trent']): Reply {
  const rows = names.map((name, i) => ({ rank: i + 1, name, points: 100 - i * 9, answers: 20 - i }));
  return {
    visibility: 'public',
    kind: 'leaderboard',
    locale,
    title: msg('board.title', { period: msg('board.periodWeek') }),
    body: [],
    image: { kind: 'leaderboard', title: msg('board.title', { period: msg('board.periodWeek') }), rows, you: { rank: 4, points: 73 } },
  };
}
