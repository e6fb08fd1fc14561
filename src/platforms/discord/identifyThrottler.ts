/**
 * When a shard may send IDENTIFY. Discord lets `max_concurrency` shards identify at once: shards
 * share a bucket when `shard_id % max_concurrency` is equal, and each bucket takes one IDENTIFY
 * per window (5 s). The same shape as @discordjs/ws's IIdentifyThrottler, so the client takes it.
 */
export interface IdentifyThrottler {
  waitForIdentify(shardId: number, signal: AbortSignal): Promise<void>;
}

export interface IdentifyClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const realClock: IdentifyClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        reject(signal.reason);
      }, { once: true });
    }),
};

/** Discord's identify window per bucket. */
export const IDENTIFY_WINDOW_MS = 5_000;

/**
 * A bucket's identify slot shared with the other bot processes (in the database): takes it
 * for `windowMs` and returns 0, or returns how long until it is free (ms).
 */
export type SharedIdentifySlot = (bucket: number, now: number, windowMs: number) => number;

/**
 * One IDENTIFY per bucket per window, in the order shards ask; with `shared`, per bucket
 * across every process that takes its slots from the same place.
 */
export class BucketIdentifyThrottler implements IdentifyThrottler {
  private readonly buckets = new Map<number, { queue: Promise<void>; nextAt: number }>();

  constructor(
    readonly maxConcurrency: number,
    private readonly windowMs = IDENTIFY_WINDOW_MS,
    private readonly clock: IdentifyClock = realClock,
    private readonly shared?: SharedIdentifySlot,
  ) {}

  waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
    const key = shardId % Math.max(1, this.maxConcurrency);
    const bucket = this.buckets.get(key) ?? { queue: Promise.resolve(), nextAt: 0 };
    this.buckets.set(key, bucket);
    const turn = bucket.queue.then(async () => {
      const wait = bucket.nextAt - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait, signal);
      // Another process may have identified in this bucket meanwhile: wait for the shared slot too.
      for (let left = this.shared?.(key, this.clock.now(), this.windowMs) ?? 0; left > 0; left = this.shared!(key, this.clock.now(), this.windowMs)) {
        await this.clock.sleep(left, signal);
      }
      bucket.nextAt = this.clock.now() + this.windowMs;
    });
    // A shard that gave up (aborted) must not block the shards queued behind it.
    bucket.queue = turn.catch(() => undefined);
    return turn;
  }
}
