import { afterEach, describe, expect, it, vi } from 'vitest';
import { snowflake } from '../fakes/discord/payloads.ts';
import { shown } from '../helpers/shown.ts';
import { type Harness, startHarness, textOf } from '../platforms/discord/harness.ts';

/**
 * Platform faults from the Discord stand-in that tests/platforms/discord does not
 * cover: storms rather than single failures, through the engine's daily fan-out,
 * and a gateway drop while many answers are in flight.
 */
let h: Harness;
afterEach(async () => {
  vi.useRealTimers();
  await h?.close();
});

const admin = () => ({ platform: 'discord' as const, workspaceId: h.discord.guildId, channelId: h.discord.channelId, userId: 'owner', userName: 'owner', isAdmin: true });
const posted = () => h.discord.requests.items.filter((r) => r.method === 'POST' && r.path === `/channels/${h.discord.channelId}/messages`);

async function dailyDue(): Promise<void> {
  h.te.engine.dailySetup(admin(), { channelId: h.discord.channelId, time: '10:30', timezone: 'UTC' });
  h.te.clock.set('2026-03-02T10:30:00Z');
}

describe('Discord faults', () => {
  it('waits out a storm of 429s and posts the daily question exactly once', async () => {
    h = await startHarness();
    await dailyDue();
    // The client's waits run on fake timers: each one is skipped as soon as the client starts it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    for (let i = 0; i < 12; i++) h.discord.rateLimit('POST', /^\/channels\/\d+\/messages$/, 1);
    const ticking = h.te.engine.tick();
    for (let n = 1; n <= 12; n++) {
      const limit = await h.logged('Waiting out a Discord rate limit', n);
      await vi.advanceTimersByTimeAsync(Number(limit.waitMs));
    }
    await ticking;
    expect(posted().map((r) => r.status)).toEqual([...Array(12).fill(429), 200]);
    expect(shown(h.te.engine.dailyStatus(admin())).fields![0]!.value).not.toMatch(/Failing/);
  });

  it('reports a 5xx storm longer than the client retries, then posts once on a later tick', async () => {
    h = await startHarness();
    await dailyDue();
    h.discord.fail({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 502, times: 6 });
    await h.te.engine.tick();
    expect(posted().every((r) => r.status === 502)).toBe(true);
    expect(shown(h.te.engine.dailyStatus(admin())).fields![0]!.value).toMatch(/Failing: 1 failed attempt;/);
    // Each tick while the storm lasts is one more counted failure, never a duplicate post.
    for (let k = 0; k < 8 && !posted().some((r) => r.status === 200); k++) {
      h.te.clock.advance(31 * 60_000);
      await h.te.engine.tick();
    }
    expect(posted().filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('gives up on a storm that outlasts every attempt and says so in /daily status', async () => {
    h = await startHarness();
    await dailyDue();
    h.discord.fail({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503, times: 1_000 });
    for (let k = 0; k < 6; k++) {
      await h.te.engine.tick();
      h.te.clock.advance(31 * 60_000);
    }
    expect(posted().some((r) => r.status === 200)).toBe(false);
    expect(shown(h.te.engine.dailyStatus(admin())).fields![0]!.value).toMatch(/Failing: 5 failed attempts; last error: .*503/);
  });

  it('answers a flood of /answer sent while the gateway was down, each once, after it resumes', async () => {
    h = await startHarness();
    await h.slash({ id: snowflake(), username: 'host' }, { name: 'quiz', subcommand: 'start', options: { seconds: 600 } }).callback;
    const before = h.discord.frames.items.length;
    h.discord.closeGateway(4000);
    const players = Array.from({ length: 40 }, (_, i) => ({ id: snowflake(), username: `p${i}` }));
    const sent = players.map((p) => h.slash(p, { name: 'answer', options: { text: 'dropout and L1 regularization' } }));
    await h.discord.waitForFrame((f) => f.op === 6, before);
    const callbacks = await Promise.all(sent.map((s) => s.callback));
    expect(callbacks.every((cb) => /point/.test(textOf(cb.body)))).toBe(true);
    expect(h.te.store.db.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBe(40);
  });
});
