import { msg } from '../src/core/text.ts';
import type { Reply } from '../src/engine/types.ts';
import { drawReplyImage } from '../src/images/drawReplyImage.ts';
import { clearTextPaths } from '../src/images/textPaths.ts';
import { nowMs, summary } from './stats.ts';

const WARM_UP = 20;
const RUNS = 200;
/** What a card may take: a slash command's reply waits for it. */
const TARGET_P99_MS = 50;

const DAY = 86_400_000;
const first = Date.UTC(2026, 1, 1);

const stats: Reply = {
  visibility: 'private',
  kind: 'stats',
  locale: 'de',
  body: [],
  title: msg('board.statsTitle', { name: 'Ada Lovelace' }),
  image: {
    kind: 'stats',
    name: 'Ada Lovelace',
    points: 1234,
    answers: 87,
    accuracy: 0.73,
    streak: 5,
    bestStreak: 12,
    rank: 3,
    days: Array.from({ length: 30 }, (_, i) => ({ day: first + i * DAY, answers: i % 5 === 4 ? 0 : 2, accuracy: (i * 37 % 100) / 100 })),
  },
};

const title = msg('board.title', { period: msg('board.periodWeek') });
const board: Reply = {
  visibility: 'public',
  kind: 'leaderboard',
  locale: 'en',
  body: [],
  title,
  image: { kind: 'leaderboard', title, rows: Array.from({ length: 10 }, (_, i) => ({ rank: i + 1, name: `Member number ${i + 1}`, points: 500 - i * 37, answers: 40 - i })), you: { rank: 4, points: 389 } },
};

/** Wall time per render, and the process's CPU time for it: on a busy machine the two part, and the gap is waiting for a core. */
function time(reply: Reply, cold: boolean): { samples: number[]; cpu: number[]; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < WARM_UP; i++) drawReplyImage(reply);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) clearTextPaths();
    const c = process.cpuUsage();
    const t = nowMs();
    bytes = drawReplyImage(reply)!.png.length;
    samples.push(nowMs() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { samples, cpu, bytes };
}

/**
 * Drawing a picture from its data to PNG bytes (SVG built, text shaped, rendered, encoded), as an
 * adapter does per request: with the text runs' outlines kept from earlier pictures (a running
 * bot), and shaped from nothing each time (every word new).
 */
export async function benchRender(): Promise<Record<string, unknown>[]> {
  return [
    { reply: stats, name: 'render stats card', cold: false },
    { reply: board, name: 'render leaderboard', cold: false },
    { reply: stats, name: 'render stats card, text shaped afresh', cold: true },
    { reply: board, name: 'render leaderboard, text shaped afresh', cold: true },
  ].map(({ reply, name, cold }) => {
    const { samples, cpu, bytes } = time(reply, cold);
    const s = summary(samples);
    const c = summary(cpu);
    return {
      name,
      ...s,
      cpu_p50: c.p50,
      cpu_p99: c.p99,
      unit: 'ms',
      png_kb: Math.round(bytes / 1024),
      target_p99_ms: TARGET_P99_MS,
      ok: s.p99 <= TARGET_P99_MS,
      note: `${RUNS} renders after ${WARM_UP} to warm up; cpu: the process's CPU time per render`,
    };
  });
}
