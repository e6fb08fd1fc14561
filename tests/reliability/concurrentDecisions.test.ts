import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { replayStreaks } from '../../src/engine/regrade.ts';
import { openDb } from '../../src/store/openDb.ts';
import { Store } from '../../src/store/store.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const child = fileURLToPath(new URL('./decideChild.ts', import.meta.url));

let t: TestEngine;
afterEach(() => t.cleanup());

/** Everything scores rest on. */
function totals(store: Store) {
  store.boards.fold();
  return {
    users: store.db.prepare('SELECT id, points, answers, round(score_sum, 6) AS s, full_marks, streak, best_streak FROM users ORDER BY id').all(),
    periods: store.db.prepare('SELECT * FROM score_periods ORDER BY user_id, period, deck').all(),
    hist: store.db.prepare('SELECT * FROM score_hist ORDER BY workspace_id, period, deck, points').all(),
  };
}

describe('reviewers deciding the same appeal at once, in separate processes', () => {
  it('make one decision: the others are told it stands, and the scores are re-scored once', async () => {
    t = makeTestEngine();
    t.posters.register('discord', new RecordingPoster());
    const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
    const q = t.engine.quizStart(admin, { questions: 1, seconds: 60 });
    t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
    const reply = t.engine.answer(caller(), 'no idea at all');
    const answerId = Number(reply.buttons![0]!.id.split(':')[1]);
    await t.engine.quizStop(admin);
    t.engine.appeal(caller(), { answerId, reason: 'please' });
    t.close();

    const verdicts = ['correct', 'partial', 'correct', 'partial', 'correct'] as const;
    const children: ChildProcess[] = verdicts.map((v, i) => spawn(process.execPath, ['--import', 'tsx', child, t.dbPath, String(answerId), `rev${i}`, v], { stdio: ['pipe', 'pipe', 'pipe'] }));
    const said = children.map(
      (p) =>
        new Promise<string[]>((resolve, reject) => {
          const lines: string[] = [];
          let stderr = '';
          p.stderr!.on('data', (d) => (stderr += String(d)));
          createInterface({ input: p.stdout! }).on('line', (l) => {
            lines.push(l);
            // Once every child is ready, all are told to go at once.
            if (l === 'ready') readyCount();
          });
          p.on('exit', (code) => (code === 0 ? resolve(lines) : reject(new Error(`child exited with ${code}: ${stderr}`))));
        }),
    );
    let ready = 0;
    const readyCount = () => {
      if (++ready === children.length) for (const p of children) p.stdin!.write('go\n');
    };
    const outcomes = (await Promise.all(said)).map((lines) => lines.find((l) => l !== 'ready')!);

    const decided = outcomes.filter((o) => o === 'decided');
    expect(decided).toHaveLength(1);
    const winner = outcomes.indexOf('decided');
    for (const o of outcomes.filter((x) => x !== 'decided')) expect(o).toMatch(new RegExp(`^refused rev${winner} already decided this on .*: ${verdicts[winner] === 'correct' ? 'correct' : 'partly right'}\\. The first decision stands\\.$`));

    const db = openDb(t.dbPath);
    try {
      const store = new Store(db);
      expect(db.prepare('SELECT COUNT(*) FROM decisions').pluck().get()).toBe(1);
      expect(db.prepare('SELECT verdict FROM answers WHERE id = ?').pluck().get(answerId)).toBe(verdicts[winner]);
      const now = totals(store);
      store.boards.rebuild();
      replayStreaks(store, db.prepare('SELECT id FROM users').pluck().all() as number[]);
      expect(now).toEqual(totals(store));
    } finally {
      db.close();
    }
  }, 60_000);
});
