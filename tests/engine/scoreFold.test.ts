import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { openDb } from '../../src/store/openDb.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
afterEach(() => t.cleanup());

describe('period boards', () => {
  it('count every answer exactly once, whichever process folds them', () => {
    t = makeTestEngine();
    t.posters.register('discord', new RecordingPoster());
    for (let i = 0; i < 20; i++) {
      const c = caller({ channelId: `c${i}`, userId: `u${i % 4}`, userName: `P${i % 4}` });
      t.engine.quizStart(c, { questions: 1 });
      t.engine.answer(c, 'dropout and pruning');
    }
    const other = new Store(openDb(t.dbPath));
    expect(other.boards.fold() + t.store.boards.fold() + other.boards.fold()).toBe(20);
    other.db.close();
    const rows = t.store.db.prepare("SELECT SUM(answers) AS n, SUM(points) AS p FROM score_periods WHERE period = 'all' AND deck = '*'").get() as { n: number; p: number };
    const truth = t.store.db.prepare('SELECT COUNT(*) AS n, SUM(points) AS p FROM answers').get() as { n: number; p: number };
    expect(rows).toEqual(truth);
  });

  it('show an answer on the leaderboard the moment it is stored', () => {
    t = makeTestEngine();
    t.engine.quizStart(caller(), { questions: 1 });
    t.engine.answer(caller(), 'dropout');
    expect(shown(t.engine.leaderboard(caller(), { period: 'today' })).body).toMatch(/Ada: \d+ pts \(1 answer\)/);
  });

  it('ranks every member as one plus those with more points, ties sharing a rank, across many folds', () => {
    t = makeTestEngine();
    const answers = ['L1 regularization, dropout and pruning', 'dropout', 'no idea', 'dropout and pruning'];
    for (let i = 0; i < 40; i++) {
      const c = caller({ channelId: `c${i}`, userId: `u${i % 7}`, userName: `P${i % 7}` });
      const q = t.engine.quizStart(c, { questions: 1 });
      t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
      t.clock.advance(59_000);
      t.engine.answer(c, answers[(i * 3) % 4]!);
      if (i % 5 === 0) t.store.boards.fold();
    }
    t.store.boards.fold();
    const board = t.store.db.prepare("SELECT user_id AS id, points FROM score_periods WHERE period = 'all' AND deck = '*'").all() as { id: number; points: number }[];
    expect(board).toHaveLength(7);
    for (const m of board) {
      const expected = 1 + board.filter((o) => o.points > m.points).length;
      expect(t.store.boards.standing({ id: m.id, workspace_id: 1 }, 'all', '*')!.rank).toBe(expected);
    }
  });
});
