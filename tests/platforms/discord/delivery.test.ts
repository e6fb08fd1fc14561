import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryError } from '../../../src/engine/errors.ts';
import type { ChannelTarget, Reply } from '../../../src/engine/types.ts';
import { snowflake, type TestUser } from '../../fakes/discord/payloads.ts';
import { textReply } from '../../helpers/shown.ts';
import { startHarness, textOf } from './harness.ts';
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

const noteText: Reply<string> = { visibility: 'public', kind: 'info', title: 'Daily question', body: 'Hello @everyone', buttons: [{ id: 'answer:7', label: 'Answer' }] };
const note = textReply(noteText);
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

  it('reports persistent 5xx as Discord being unreachable, worth retrying', async () => {
    h.discord.fail({ method: 'POST', path: messagesPath(), status: 502, times: 10 });
    const err = await h.bot.poster.post(target, note).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    expect((err as DeliveryError).failure).toEqual({ reason: 'unreachable', detail: 'Discord: HTTP 502' });
  });

  it('reports a channel the bot may not see (403 Missing Access) as no access, not worth retrying', async () => {
    const err = (await h.bot.poster.post({ ...target, channelId: h.discord.forbiddenChannelId }, note).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.retryable).toBe(false);
    expect(err.failure).toEqual({ reason: 'no-access', detail: 'Discord: HTTP 403, code 50001' });
  });

  it('reports a missing permission to send messages (403 Missing Permissions) as no access', async () => {
    h.discord.fail({ method: 'POST', path: messagesPath(), status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const err = (await h.bot.poster.post(target, note).catch((e: unknown) => e)) as DeliveryError;
    expect(err.failure).toEqual({ reason: 'no-access', detail: 'Discord: HTTP 403, code 50013' });
  });

  it('reports a deleted channel (404 Unknown Channel) as gone, not worth retrying', async () => {
    const err = (await h.bot.poster.post({ ...target, channelId: '999' }, note).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.retryable).toBe(false);
    expect(err.failure).toEqual({ reason: 'channel-gone', detail: 'Discord: HTTP 404, code 10003' });
  });

  it('splits a very long reply into several messages', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${'x '.repeat(400)}`).join('\n\n');
    const since = h.discord.requests.items.length;
    await h.bot.poster.post(target, textReply({ ...noteText, body }));
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
    await h.bot.poster.post(target, textReply({ ...noteText, buttons: [{ id: 'answer:8', label: 'Answer' }] }));
    await expect(h.bot.poster.find!(target, 'answer:7')).resolves.toBe(messageId);
    await expect(h.bot.poster.find!(target, 'answer:9')).resolves.toBeUndefined();
  });
});

describe('telling admins why a daily post failed', () => {
  it('/daily now says the bot may not post in the channel, and what to do, with Discord\'s status and code', async () => {
    const ada = { id: snowflake(), username: 'ada', admin: true } satisfies TestUser;
    const forbidden = h.discord.forbiddenChannelId;
    const caller = { platform: 'discord' as const, workspaceId: h.discord.guildId, channelId: forbidden, userId: ada.id, userName: 'ada', isAdmin: true };
    h.te.engine.dailySetup(caller, { channelId: forbidden, time: '09:00', timezone: 'UTC' });
    const now = h.slash(ada, { name: 'daily', subcommand: 'now' });
    await now.callback;
    expect(textOf((await h.discord.webhook(now.token, 'PATCH')).body)).toBe(
      `I can't post in <#${forbidden}>: I'm not allowed to post there. Add me to the channel and let me see it and send messages, or pick another channel with \`/daily setup\`. (error details: Discord: HTTP 403, code 50001)`,
    );
  });
});
