import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/engine/errors.ts';
import { StoreError } from '../../src/store/openDb.ts';
import { refusal, shown, words } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
afterEach(() => t?.cleanup());

function start(): TestEngine {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
  t.engine.quizStart(caller({ userId: 'host' }), { questions: 1, seconds: 600 });
  return t;
}

const player = (i: number) => caller({ userId: `p${i}`, userName: `Player ${i}` });

/** Every member's totals equal the sum of their stored answers. */
function consistent(): boolean {
  const bad = t.store.db
    .prepare('SELECT COUNT(*) FROM users u WHERE u.points <> (SELECT COALESCE(SUM(points), 0) FROM answers a WHERE a.user_id = u.id)')
    .pluck()
    .get() as number;
  return bad === 0 && t.store.db.pragma('integrity_check', { simple: true }) === 'ok';
}

describe('database faults', () => {
  it('a full database gives a polite "nothing was recorded" reply, stores nothing half-way and recovers', () => {
    start();
    t.engine.answer(player(0), 'dropout');
    const pages = t.store.db.pragma('page_count', { simple: true }) as number;
    t.store.db.pragma(`max_page_count = ${pages}`);
    let refused: unknown;
    let ok = 0;
    for (let i = 1; i < 5_000 && !refused; i++) {
      try {
        t.engine.answer(player(i), 'L1 regularization, dropout and pruning '.repeat(20));
        ok++;
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).code).toBe('storage_full');
    expect(words((refused as UserError).text)).toMatch(/storage is full\. Nothing was recorded/);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBe(ok + 1);
    expect(consistent()).toBe(true);

    t.store.db.pragma('max_page_count = 1073741823');
    expect(shown(t.engine.answer(player(9_999), 'dropout')).title).toBe('Your grade');
  });

  it('a read-only database refuses writes politely and keeps its data', () => {
    start();
    t.engine.answer(player(0), 'dropout');
    // Root ignores file modes, so make the connection itself read-only.
    t.store.db.pragma('query_only = ON');
    expect(refusal(() => t.engine.answer(player(1), 'dropout'))).toMatch(/database is read-only\. Nothing was recorded/);
    expect(() => t.engine.quizStart(caller({ channelId: 'other' }), {})).toThrow(UserError);
    t.store.db.pragma('query_only = OFF');
    expect(shown(t.engine.stats(player(0))).fields?.find((f) => f.name === 'Answers')?.value).toMatch(/^1 /);
    expect(consistent()).toBe(true);
  });

  it('a file damaged in the middle is refused at start or answered politely, never a crash', () => {
    start();
    for (let i = 0; i < 300; i++) t.engine.answer(player(i), `answer number ${i} `.repeat(30));
    t.store.db.pragma('wal_checkpoint(TRUNCATE)');
    t.close();
    const size = statSync(t.dbPath).size;
    const fd = openSync(t.dbPath, 'r+');
    // Keep page 1 (the header) so the damage is only found when data is read.
    for (let at = 8_192; at < size; at += 8_192) writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, at);
    closeSync(fd);
    let outcome: string;
    try {
      t = t.restart();
      t.engine.leaderboard(player(1), {});
      t.engine.answer(player(1_000), 'dropout');
      outcome = 'worked';
    } catch (e) {
      expect(e instanceof StoreError || e instanceof UserError, String(e)).toBe(true);
      expect(e instanceof UserError ? words(e.text) : (e as Error).message).toMatch(/damaged|needs repair/);
      outcome = 'refused';
    }
    expect(outcome).toBe('refused');
  });
  // A database from a newer version: tests/store/openDb.test.ts checks the refusal leaves it untouched.
});
