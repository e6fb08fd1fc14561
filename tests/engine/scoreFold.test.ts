import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { openDb } from '../../src/store/openDb.ts';
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
    expect(other.foldScores() + t.store.foldScores() + other.foldScores()).toBe(20);
    other.db.close();
    const rows = t.store.db.prepare("SELECT SUM(answers) AS n, SUM(points) AS p FROM score_periods WHERE period = 'all' AND deck = '*'").get() as { n: number; p: number };
    const truth = t.store.db.prepare('SELECT COUNT(*) AS n, SUM(points) AS p FROM answers').get() as { n: number; p: number };
    expect(rows).toEqual(truth);
  });

  it('show an answer on the leaderboard the moment it is stored', () => {
    t = makeTestEngine();
    t.engine.quizStart(caller(), { questions: 1 });
    t.engine.answer(caller(), 'dropout');
    expect(t.engine.leaderboard(caller(), { period: 'today' }).body).toMatch(/Ada: \d+ pts \(1 answer\)/);
  });
});
