import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryError } from '../../../src/engine/errors.ts';
import type { ChannelTarget, Reply } from '../../../src/engine/types.ts';
import { startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
let target: ChannelTarget;
beforeEach(async () => {
  h = await startHarness();
  target = { platform: 'discord', workspaceId: h.discord.guildId, channelId: h.discord.channelId };
});
afterEach(async () => {
  vi.useRealTimers();
  await h.close();
});

const note: Reply = { visibility: 'public', kind: 'info', title: 'Daily question', body: 'Hello @everyone', buttons: [{ id: 'answer:7', label: 'Answer' }] };
const messagesPath = () => new RegExp(`^/channels/${h.discord.channelId}/messages$`);

describe('posting to a channel', () => {
  it('posts an embed with no allowed mentions and returns its id', async () => {
    const { messageId } = await h.bot.poster.post(target, note);
    const req = h.discord.requests.items.at(-1)!;
    expect(req.body.allowed_mentions).toEqual({ parse: [] });
    expect(req.body.flags).toBeUndefined();
    expect(h.discord.messages.get(messageId)?.embeds[0]).toMatchObject({ title: 'Daily question' });
  });

  it('waits out a 429 for as long as Retry-After says, then posts', async () => {
    // The client's wait runs on fake timers (the stand-in stamps requests with the same fake clock): nothing sleeps.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const posts = () => h.discord.requests.items.filter((r) => r.method === 'POST' && messagesPath().test(r.path));
    h.discord.rateLimit('POST', messagesPath(), 5);
    const posting = h.bot.poster.post(target, note);
    const limit = await h.logged('Waiting out a Discord rate limit');
    expect(posts().map((p) => p.status)).toEqual([429]);
    expect(limit.waitMs).toBeGreaterThanOrEqual(5_000);
    await vi.advanceTimersByTimeAsync(Number(limit.waitMs));
    const { messageId } = await posting;
    expect(posts().map((p) => p.status)).toEqual([429, 200]);
    expect(posts()[1]!.at - posts()[0]!.at).toBeGreaterThanOrEqual(5_000);
    expect(h.discord.messages.has(messageId)).toBe(true);
  });

  it('reports persistent 5xx as a retryable DeliveryError', async () => {
    h.discord.fail({ method: 'POST', path: messagesPath(), status: 502, times: 10 });
    const err = await h.bot.poster.post(target, note).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
  });

  it('reports a channel the bot cannot see (403) or that is gone (404) as not retryable', async () => {
    for (const channelId of [h.discord.forbiddenChannelId, '999']) {
      const err = await h.bot.poster.post({ ...target, channelId }, note).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).retryable).toBe(false);
    }
  });

  it('splits a very long reply into several messages', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${'x '.repeat(400)}`).join('\n\n');
    const since = h.discord.requests.items.length;
    await h.bot.poster.post(target, { ...note, body });
    const posts = h.discord.requests.items.slice(since);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.at(-1)!.body.components).toHaveLength(1);
    expect(posts[0]!.body.components).toHaveLength(0);
  });
});

describe('checking messages', () => {
  it('exists tells a posted message from an unknown one', async () => {
    const { messageId } = await h.bot.poster.post(target, note);
    await expect(h.bot.poster.exists!(target, messageId)).resolves.toBe(true);
    await expect(h.bot.poster.exists!(target, '424242')).resolves.toBe(false);
  });

  it('find locates the message carrying a button', async () => {
    const { messageId } = await h.bot.poster.post(target, note);
    await h.bot.poster.post(target, { ...note, buttons: [{ id: 'answer:8', label: 'Answer' }] });
    await expect(h.bot.poster.find!(target, 'answer:7')).resolves.toBe(messageId);
    await expect(h.bot.poster.find!(target, 'answer:9')).resolves.toBeUndefined();
  });
});
