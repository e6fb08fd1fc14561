import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChannelThrottle } from '../../../src/platforms/slack/channelThrottle.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ChannelThrottle', () => {
  it('spaces messages to the same channel one interval apart, in order', async () => {
    const throttle = new ChannelThrottle(1000);
    const start = Date.now();
    const ran = Promise.all([1, 2, 3].map((i) => throttle.run('C1', async () => [i, Date.now() - start])));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await ran).toEqual([
      [1, 0],
      [2, 1000],
      [3, 2000],
    ]);
  });

  it('does not hold back other channels', async () => {
    const throttle = new ChannelThrottle(1000);
    const start = Date.now();
    const ran = await Promise.all(['C1', 'C2'].map((c) => throttle.run(c, async () => Date.now() - start)));
    expect(ran).toEqual([0, 0]);
  });

  it('does not wait when the last message is older than the interval', async () => {
    const throttle = new ChannelThrottle(1000);
    await throttle.run('C1', async () => 1);
    await vi.advanceTimersByTimeAsync(1500);
    const before = Date.now();
    expect(await throttle.run('C1', async () => Date.now() - before)).toBe(0);
  });
});
