import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeliveryError } from '../../../src/engine/errors.ts';
import type { ChannelTarget, Reply } from '../../../src/engine/types.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { textReply } from '../../helpers/shown.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http', logs: true });
});
afterAll(async () => {
  await s?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const target = (channelId: string): ChannelTarget => ({ platform: 'slack', workspaceId: 'T001', channelId });
const question = textReply({ visibility: 'public', kind: 'question', title: 'Q', body: 'Why?', buttons: [{ id: 'answer:7', label: 'Answer' }] });

/** A long listing: deck texts (prompts, model answers) are shortened instead, see deckTexts.test.ts. */
function longListing(): Reply {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: ${'gradient clipping keeps updates bounded. '.repeat(25)}`);
  return textReply({
    visibility: 'public',
    kind: 'deck',
    title: 'Questions of the deck',
    body: paragraphs.join('\n\n'),
    fields: Array.from({ length: 30 }, (_, i) => ({ name: `Point ${i + 1}`, value: 'matched by 3 people' })),
  });
}

describe('SlackPoster', () => {
  it('splits a long reply into several messages within Slack’s limits, losing no text', async () => {
    const reply = longListing();
    const before = s.fake.callsTo('chat.postMessage').length;
    const sent = await s.slack.poster.post(target('CLONG'), reply);
    const posted = s.fake.callsTo('chat.postMessage').slice(before);
    expect(posted.length).toBeGreaterThan(1);
    expect(sent.messageId).toBe(s.fake.messages.find((m) => m.channel === 'CLONG')?.ts);
    for (const p of posted) {
      const blocks = p.args.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(10_000);
      for (const b of blocks) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    }
    const text = posted.map((p) => JSON.stringify(p.args.blocks)).join('');
    for (let i = 1; i <= 60; i++) expect(text).toContain(`Paragraph ${i}:`);
    expect(text).toContain('Point 30');
  });

  it('waits out a 429 for as long as Retry-After says, then posts', async () => {
    // The client's wait runs on fake timers: nothing sleeps.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    s.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const before = s.fake.callsTo('chat.postMessage').length;
    const posting = s.slack.poster.post(target('C429'), question);
    const limit = await s.logged('Waiting out a Slack rate limit');
    expect(limit.waitMs).toBe(30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(s.fake.callsTo('chat.postMessage').length - before).toBe(1);
    // The last millisecond of the wait, then the client's own retry back-off (fastTuning: at most 20 ms).
    await vi.advanceTimersByTimeAsync(1 + 20);
    const sent = await posting;
    const attempts = s.fake.callsTo('chat.postMessage').slice(before);
    expect(attempts.map((a) => (a.fault && 'status' in a.fault ? a.fault.status : 200))).toEqual([429, 200]);
    expect(sent.messageId).toBe(s.fake.messages.find((m) => m.channel === 'C429')?.ts);
  });

  it('retries a 5xx', async () => {
    s.fake.failNext('chat.postMessage', { status: 503 });
    const sent = await s.slack.poster.post(target('C503'), question);
    expect(sent.messageId).toBe(s.fake.messages.find((m) => m.channel === 'C503')?.ts);
  });

  it('reports a lasting 5xx as Slack being unreachable, worth retrying', async () => {
    s.fake.failNext('chat.postMessage', { status: 500 }, { status: 500 }, { status: 500 });
    const err = await s.slack.poster.post(target('C500'), question).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    expect((err as DeliveryError).failure).toEqual({ reason: 'unreachable', detail: 'Slack: HTTP 500' });
  });

  it('reports a channel the bot is not in (not_in_channel) as no access, not worth retrying', async () => {
    s.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const err = await s.slack.poster.post(target('CNOPE'), question).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(false);
    expect((err as DeliveryError).failure).toEqual({ reason: 'no-access', detail: 'Slack: not_in_channel' });
  });

  it('reports a channel where the bot may not post (missing_scope, restricted_action_read_only_channel) as no access', async () => {
    for (const error of ['missing_scope', 'restricted_action_read_only_channel']) {
      s.fake.failNext('chat.postMessage', { error });
      const err = (await s.slack.poster.post(target('CRO'), question).catch((e: unknown) => e)) as DeliveryError;
      expect(err.failure, error).toEqual({ reason: 'no-access', detail: `Slack: ${error}` });
    }
  });

  it('reports a deleted or archived channel (channel_not_found, is_archived) as gone, not worth retrying', async () => {
    for (const error of ['channel_not_found', 'is_archived']) {
      s.fake.failNext('chat.postMessage', { error });
      const err = (await s.slack.poster.post(target('CGONE'), question).catch((e: unknown) => e)) as DeliveryError;
      expect(err.retryable, error).toBe(false);
      expect(err.failure, error).toEqual({ reason: 'channel-gone', detail: `Slack: ${error}` });
    }
  });

  it('tells whether a posted message exists, and finds it by its button', async () => {
    const { messageId } = await s.slack.poster.post(target('CEX'), question);
    expect(await s.slack.poster.exists?.(target('CEX'), messageId)).toBe(true);
    expect(await s.slack.poster.exists?.(target('CEX'), '1600000000.000001')).toBe(false);
    expect(await s.slack.poster.find?.(target('CEX'), 'answer:7')).toBe(messageId);
    expect(await s.slack.poster.find?.(target('CEX'), 'answer:8')).toBeUndefined();
  });

  it('threads the reveal under the question when the engine asks for it', async () => {
    const { messageId } = await s.slack.poster.post(target('CTH'), question);
    await s.slack.poster.post(target('CTH'), textReply({ visibility: 'public', kind: 'reveal', body: 'Because.', inThread: true }));
    const reveal = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CTH' && c.args.thread_ts !== undefined);
    expect(reveal.args.thread_ts).toBe(messageId);
  });

  it('posts the reveal in the channel itself otherwise', async () => {
    await s.slack.poster.post(target('CNT'), question);
    const { messageId } = await s.slack.poster.post(target('CNT'), textReply({ visibility: 'public', kind: 'reveal', body: 'Because.' }));
    const reveal = s.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'CNT' && allText(c.args).includes('Because.'));
    expect(reveal?.args.thread_ts).toBeUndefined();
    expect(s.fake.messages.find((m) => m.ts === messageId)?.channel).toBe('CNT');
  });
});

describe('telling admins why a daily post failed', () => {
  /** `/quiz <text>` from a workspace admin; what came back on the response_url. */
  async function asAdmin(text: string, channel: string): Promise<string> {
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/quiz', text, user: 'UADMIN', channel, responseUrl }));
    return allText((await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname)).args);
  }

  it('/quiz daily now says the channel is gone and how to pick another, naming the command the Slack way', async () => {
    await asAdmin('daily setup <#CGONE2|gone> 09:30 Europe/Berlin', 'CGONE2');
    s.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect(await asAdmin('daily now', 'CGONE2')).toContain(
      "I can't post in <#CGONE2>: the channel was deleted or archived, or I was removed from it. Pick another channel with `/quiz daily setup`. (error details: Slack: channel_not_found)",
    );
  });
});
