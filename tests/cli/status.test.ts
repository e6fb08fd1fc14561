import { afterEach, describe, expect, it } from 'vitest';
import { makeTestEngine } from '../helpers/testEngine.ts';
import type { TestEngine } from '../helpers/testEngine.ts';
import { runQuizbot } from './runQuizbot.ts';

let t: TestEngine | undefined;
afterEach(() => t?.cleanup());

describe('quizbot status', () => {
  it('says no process has ticked, with exit code 1 for health checks', () => {
    t = makeTestEngine();
    const r = runQuizbot(t.dir, ['status'], '', { DATABASE_PATH: t.dbPath });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Database: .*quizbot\.db, \d+\.\d MB \(write-ahead log \d+\.\d MB\)\nScheduler: no tick recorded yet\nShards: none running\n$/);
  });

  it('shows the shards of a process that ticked just now, with exit code 0', async () => {
    t = makeTestEngine({ now: new Date().toISOString() });
    t.health.register(() => [{ platform: 'discord', id: 1, count: 2, state: 'ready', latencyMs: 37, guilds: 1200 }]);
    await t.engine.tick();
    const r = runQuizbot(t.dir, ['status'], '', { DATABASE_PATH: t.dbPath });
    expect(r.out).toContain('Scheduler: last tick ');
    expect(r.out).toContain('Shards (1):\n  discord 1/2  ready        37 ms  1200 servers  ');
    expect(r.code).toBe(0);
  });

  it('refuses a database that does not exist', () => {
    t = makeTestEngine();
    const r = runQuizbot(t.dir, ['status'], '', { DATABASE_PATH: `${t.dir}/nothing.db` });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/There is no database at .*nothing\.db\. Check DATABASE_PATH\./);
  });
});
