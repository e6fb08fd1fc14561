import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { ShardState } from '../../src/engine/processHealth.ts';
import { refusal, shown } from '../helpers/shown.ts';
import { TestClock, caller } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let dir: string;
const apps: App[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
  rmSync(dir, { recursive: true, force: true });
});

const shard = (id: number, o: Partial<ShardState> = {}): ShardState => ({ platform: 'discord', id, count: 4, state: 'ready', latencyMs: 42, guilds: 600, ...o });

/** Two bot processes on one database file, each running two of four shards. */
function twoProcesses() {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-status-'));
  const clock = new TestClock(Date.parse('2026-03-02T10:00:00Z'));
  const config = loadConfig({ DATABASE_PATH: path.join(dir, 'quizbot.db') });
  const open = (processId: string, shards: ShardState[]) => {
    const app = createApp({ config, logger: pino({ level: 'silent' }), clock, processId });
    app.health.register(() => shards);
    apps.push(app);
    return app;
  };
  return { clock, a: open('host-a:11', [shard(0), shard(1, { state: 'resuming', latencyMs: null })]), b: open('host-b:22', [shard(2), shard(3)]) };
}

describe('/status', () => {
  it('shows every process\'s shards with state and latency, the database size and the last tick', async () => {
    const { clock, a, b } = twoProcesses();
    await a.engine.tick();
    clock.advance(4_000);
    await b.engine.tick();
    clock.advance(2_000);
    const s = shown(a.engine.status(admin));
    expect(s.title).toBe('quizbot status');
    expect(s.body).toBe('The scheduler last ticked 2 s ago (2 processes).');
    expect(s.fields?.[0]).toEqual({
      name: 'Shards (4)',
      value: [
        'Shard 0 of 4: ready, 42 ms, 600 servers · host-a:11',
        'Shard 1 of 4: reconnecting, – ms, 600 servers · host-a:11',
        'Shard 2 of 4: ready, 42 ms, 600 servers · host-b:22',
        'Shard 3 of 4: ready, 42 ms, 600 servers · host-b:22',
      ].join('\n'),
    });
    expect(s.fields?.[1]?.name).toBe('Database');
    expect(s.fields?.[1]?.value).toMatch(/^\d+(\.\d)? MB$/);
  });

  it('shows a process that stopped ticking as silent', async () => {
    const { clock, a, b } = twoProcesses();
    await a.engine.tick();
    await b.engine.tick();
    clock.advance(60_000);
    await b.engine.tick();
    const s = shown(b.engine.status(admin));
    expect(s.fields?.[0]?.value).toContain('Shard 0 of 4: silent for 60 s, 42 ms, 600 servers · host-a:11');
    expect(s.fields?.[0]?.value).toContain('Shard 2 of 4: ready');
  });

  it('forgets a process once a newer one runs its shards (a restart)', async () => {
    const { clock, a, b } = twoProcesses();
    await a.engine.tick();
    await b.engine.tick();
    clock.advance(5_000);
    const again = createApp({ config: loadConfig({ DATABASE_PATH: a.db.name }), logger: pino({ level: 'silent' }), clock, processId: 'host-a:33' });
    apps.push(again);
    again.health.register(() => [shard(0), shard(1)]);
    await again.engine.tick();
    const value = String(shown(again.engine.status(admin)).fields?.[0]?.value);
    expect(value).not.toContain('host-a:11');
    expect(value).toContain('Shard 0 of 4: ready, 42 ms, 600 servers · host-a:33');
    expect(value).toContain('host-b:22');
  });

  it('says when the scheduler has not ticked yet', () => {
    const { a } = twoProcesses();
    const s = shown(a.engine.status(admin));
    expect(s.body).toBe('The scheduler has not ticked yet.');
    expect(s.fields?.[0]?.value).toBe('No gateway shards are running.');
  });

  it('is for admins only', () => {
    const { a } = twoProcesses();
    expect(refusal(() => a.engine.status(caller()))).toMatch(/admin/i);
  });

  it('speaks German', async () => {
    const { a } = twoProcesses();
    await a.engine.tick();
    const s = shown(a.engine.status(admin), 'de');
    expect(s.title).toBe('quizbot-Status');
    expect(s.fields?.[0]?.value).toContain('Shard 1 von 4: verbindet neu');
  });
});
