import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { periodKey } from '../src/engine/periodKeys.ts';
import type { Period } from '../src/engine/types.ts';
import { openDb } from '../src/store/openDb.ts';
import { Store } from '../src/store/store.ts';
import { BenchClock, member } from './benchApp.ts';
import { LB_ANSWERS, LB_USERS, loadAnswers, prng } from './leaderboardData.ts';
import { nowMs, round, summary } from './stats.ts';
import { tempDir } from './tempDir.ts';

const SAMPLES = 1_000;
const BUDGET_MS = 4_000;

/**
 * The leaderboard use case (top 10 plus the caller's rank) for each period, in
 * one workspace of 100,000 members and 2,000,000 answers. "Now" is the last
 * Sunday of a month, so the week and month boards are as full as they get.
 */
export async function benchLeaderboard(): Promise<Record<string, unknown>[]> {
  const tmp = tempDir('board');
  const now = Date.parse('2026-05-31T22:00:00Z');
  try {
    const file = tmp.file('board.db');
    const db = openDb(file);
    let t = nowMs();
    const wsId = loadAnswers(db, now);
    const loadS = (nowMs() - t) / 1000;
    t = nowMs();
    new Store(db).boards.rebuild();
    const aggregateS = (nowMs() - t) / 1000;
    db.close();

    const app = createApp({ config: loadConfig({ DATABASE_PATH: file }), logger: pino({ level: 'silent' }), clock: new BenchClock(now) });
    const lines: Record<string, unknown>[] = [
      { name: 'leaderboard data', users: LB_USERS, answers: LB_ANSWERS, load_s: round(loadS, 1), aggregate_rebuild_s: round(aggregateS, 1), unit: 's' },
    ];
    try {
      const boards: { period: Exclude<Period, 'season'>; deck?: string }[] = [{ period: 'today' }, { period: 'week' }, { period: 'month' }, { period: 'all' }, { period: 'month', deck: 'general-science' }];
      const rnd = prng(11);
      for (const b of boards) {
        // Callers drawn from members on the board: each needs a rank, the costly part.
        const ids = (app.db.prepare("SELECT user_id FROM score_periods WHERE workspace_id = ? AND period = ? AND deck = ?").pluck().all(wsId, periodKey(b.period, now), b.deck ?? '*')) as number[];
        const lat: number[] = [];
        const t0 = nowMs();
        for (let i = 0; i < SAMPLES && nowMs() - t0 < BUDGET_MS; i++) {
          const u = ids[Math.floor(rnd() * ids.length)]!;
          const a = nowMs();
          app.engine.leaderboard(member(u, { workspaceId: 'bench-guild', userId: `member-${u}`, userName: `Member ${u}` }), b);
          lat.push(nowMs() - a);
        }
        const s = summary(lat);
        lines.push({ name: `leaderboard ${b.period}${b.deck ? ` deck=${b.deck}` : ''}`, members_on_board: ids.length, latency_ms: s, unit: 'ms', target: 'p99 < 5 ms', met: s.p99 < 5 });
      }
    } finally {
      app.close();
    }
    return lines;
  } finally {
    tmp.dispose();
  }
}
