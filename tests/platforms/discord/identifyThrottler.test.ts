import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BucketIdentifyThrottler, type IdentifyClock, type SharedIdentifySlot } from '../../../src/platforms/discord/identifyThrottler.ts';
import { openDb } from '../../../src/store/openDb.ts';
import { Store } from '../../../src/store/store.ts';

/** A clock whose sleeps end when the test moves time past them. */
class ManualClock implements IdentifyClock {
  ms = 0;
  private sleepers: { until: number; wake: () => void }[] = [];
  now = () => this.ms;
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const s = { until: this.ms + ms, wake: resolve };
      this.sleepers.push(s);
      signal.addEventListener('abort', () => {
        this.sleepers = this.sleepers.filter((x) => x !== s);
        reject(signal.reason);
      });
    });
  }
  async advance(ms: number): Promise<void> {
    this.ms += ms;
    for (const s of this.sleepers.filter((x) => x.until <= this.ms)) s.wake();
    this.sleepers = this.sleepers.filter((x) => x.until > this.ms);
    for (let i = 0; i < 10; i++) await Promise.resolve();
  }
}

async function identifyTimes(maxConcurrency: number, shards: number[], clock = new ManualClock()) {
  const t = new BucketIdentifyThrottler(maxConcurrency, 5_000, clock);
  const at = new Map<number, number>();
  const signal = new AbortController().signal;
  for (const id of shards) void t.waitForIdentify(id, signal).then(() => at.set(id, clock.ms));
  for (let k = 0; k <= 30; k++) await clock.advance(k === 0 ? 0 : 1_000);
  return at;
}

describe('identify throttling', () => {
  it('lets max_concurrency shards identify at once and the next of each bucket a window later', async () => {
    const at = await identifyTimes(2, [0, 1, 2, 3, 4, 5]);
    expect([...at.entries()].sort(([a], [b]) => a - b)).toEqual([
      [0, 0],
      [1, 0],
      [2, 5_000],
      [3, 5_000],
      [4, 10_000],
      [5, 10_000],
    ]);
  });

  it('with max_concurrency 1 spaces every shard a window apart', async () => {
    const at = await identifyTimes(1, [0, 1, 2]);
    expect([...at.values()]).toEqual([0, 5_000, 10_000]);
  });

  it('does not hold up the shards behind one that gave up waiting', async () => {
    const clock = new ManualClock();
    const t = new BucketIdentifyThrottler(1, 5_000, clock);
    const first = new AbortController();
    const gaveUp = new AbortController();
    await t.waitForIdentify(0, first.signal);
    const waiting = t.waitForIdentify(1, gaveUp.signal).catch(() => 'aborted');
    let third = -1;
    void t.waitForIdentify(2, new AbortController().signal).then(() => (third = clock.ms));
    await clock.advance(1_000);
    gaveUp.abort();
    expect(await waiting).toBe('aborted');
    await clock.advance(4_000);
    await clock.advance(0);
    expect(third).toBe(5_000);
  });

  it('takes turns with the other processes on the same database, bucket by bucket', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-identify-'));
    const stores = [0, 1].map(() => new Store(openDb(path.join(dir, 'quizbot.db'))));
    try {
      // Each process's own connection, as main.ts wires it.
      const slotOf = (store: Store): SharedIdentifySlot => (bucket, now, windowMs) => store.txImmediate(() => store.processes.claimIdentifySlot(bucket, now, windowMs));
      const clock = new ManualClock();
      const a = new BucketIdentifyThrottler(2, 5_000, clock, slotOf(stores[0]!));
      const b = new BucketIdentifyThrottler(2, 5_000, clock, slotOf(stores[1]!));
      const at = new Map<string, number>();
      const signal = new AbortController().signal;
      // Process A runs shards 0 and 1, process B shards 2 and 3 of four, both started at once.
      for (const [name, t, id] of [['a0', a, 0], ['a1', a, 1], ['b2', b, 2], ['b3', b, 3]] as const) void t.waitForIdentify(id, signal).then(() => at.set(name, clock.ms));
      for (let k = 0; k <= 12; k++) await clock.advance(k === 0 ? 0 : 1_000);
      // Buckets 0 (shards 0, 2) and 1 (shards 1, 3): one identify each per 5 s, across both processes.
      expect(Object.fromEntries(at)).toEqual({ a0: 0, a1: 0, b2: 5_000, b3: 5_000 });
    } finally {
      for (const s of stores) s.db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
