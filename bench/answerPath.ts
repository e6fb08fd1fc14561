import Database from 'better-sqlite3';
import { benchApp, member } from './benchApp.ts';
import { sampleAnswers } from './sampleAnswers.ts';
import { nowMs, round, summary } from './stats.ts';
import { tempDir } from './tempDir.ts';

const N = 5_000;

/**
 * Answers graded and stored through the engine, against bare better-sqlite3
 * doing one answer insert and one score update per transaction on the same
 * kind of file (WAL, synchronous=NORMAL), in the same run.
 */
export async function benchAnswerPath(): Promise<Record<string, unknown>> {
  const baseline = bareBaseline(N * 2);
  const app = benchApp();
  try {
    const starter = member(0, { isAdmin: true });
    // First round creates the members; the measured round sees returning players.
    for (const pass of [0, 1]) {
      app.engine.quizStart(starter, { questions: 1, seconds: 600 });
      const lat: number[] = [];
      const t0 = nowMs();
      for (let i = 1; i <= N; i++) {
        const a = nowMs();
        app.engine.answer(member(i), sampleAnswers[i % sampleAnswers.length]!);
        lat.push(nowMs() - a);
      }
      const seconds = (nowMs() - t0) / 1000;
      await app.engine.quizStop(starter);
      if (pass === 1) {
        const rate = N / seconds;
        return {
          name: 'answer path',
          answers_per_s: Math.round(rate),
          latency_ms: summary(lat),
          baseline_per_s: Math.round(baseline.rate),
          baseline_latency_ms: summary(baseline.lat),
          ratio: round(rate / baseline.rate),
          unit: 'answers/s',
          target: 'ratio >= 0.5, p99 < 2 ms',
          met: rate / baseline.rate >= 0.5 && summary(lat).p99 < 2,
        };
      }
    }
    throw new Error('unreachable');
  } finally {
    app.dispose();
  }
}

function bareBaseline(n: number): { rate: number; lat: number[] } {
  const tmp = tempDir('bare');
  const db = new Database(tmp.file('bare.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE answers (id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL, user_id INTEGER NOT NULL, text TEXT NOT NULL, points INTEGER NOT NULL, answered_at INTEGER NOT NULL);
             CREATE TABLE scores (user_id INTEGER PRIMARY KEY, points INTEGER NOT NULL, answers INTEGER NOT NULL);`);
    const users = 5_000;
    const seed = db.prepare('INSERT INTO scores VALUES (?, 0, 0)');
    db.transaction(() => {
      for (let u = 1; u <= users; u++) seed.run(u);
    })();
    const ins = db.prepare('INSERT INTO answers (round_id, user_id, text, points, answered_at) VALUES (?, ?, ?, ?, ?)');
    const upd = db.prepare('UPDATE scores SET points = points + ?, answers = answers + 1 WHERE user_id = ?');
    const one = db.transaction((i: number) => {
      const u = (i % users) + 1;
      ins.run(Math.floor(i / users) + 1, u, sampleAnswers[i % sampleAnswers.length]!, 7, Date.now());
      upd.run(7, u);
    });
    const lat: number[] = [];
    const t0 = nowMs();
    for (let i = 0; i < n; i++) {
      const a = nowMs();
      one(i);
      lat.push(nowMs() - a);
    }
    return { rate: n / ((nowMs() - t0) / 1000), lat };
  } finally {
    db.close();
    tmp.dispose();
  }
}
