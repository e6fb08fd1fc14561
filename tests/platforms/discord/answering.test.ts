import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedLength } from '../../../src/platforms/discord/render.ts';
import { apiMessage, apiUser, OptionType } from '../../fakes/discord/payloads.ts';
import type { RecordedRequest } from '../../fakes/discord/DiscordStandIn.ts';
import { admin, alice, bob, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const EPHEMERAL = 64;

/** Starts a quiz and returns the posted question message (as a button click would carry it). */
async function startQuiz(seconds = 30, deck?: string) {
  const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { seconds, questions: 1, ...(deck ? { deck } : {}) } }).callback;
  const customId = cb.body.data.components[0].components[0].custom_id as string;
  const message = apiMessage({ id: '1', channelId: h.discord.channelId, author: apiUser(h.discord.botUser, true), body: cb.body.data });
  return { customId, roundId: Number(customId.split(':')[1]), message };
}

/** Lets the engine's clock pass the question's close time and runs the scheduler tick that reveals it. */
async function closeQuestion(seconds: number) {
  h.te.clock.advance(seconds * 1000 + 1);
  await h.te.engine.tick();
}

const channelPosts = (since = 0) =>
  h.discord.requests.items.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${h.discord.channelId}/messages`);

describe('the Answer button', () => {
  it('opens a modal showing the whole question above a 4000-character paragraph input', async () => {
    const { customId, roundId, message } = await startQuiz();
    const click = h.click(bob, customId, message);
    const cb = await click.callback;
    expect(cb.body.type).toBe(9);
    expect(cb.body.data.custom_id).toBe(`answer-modal:${roundId}`);
    expect(cb.body.data.title.length).toBeLessThanOrEqual(45);
    expect(cb.body.data.title).toMatch(/Question \d+/);
    const [question, input] = cb.body.data.components;
    expect(question.type).toBe(10);
    expect(question.content.length).toBeGreaterThan(20);
    expect((message.embeds[0] as { description: string }).description).toContain(question.content);
    expect(input).toMatchObject({ type: 18, label: 'Your answer', component: { type: 4, style: 2, max_length: 4000, custom_id: 'answer' } });
  });

  it('a submitted modal is graded privately and counts once', async () => {
    const { roundId } = await startQuiz();
    const sub = await h.submit(bob, `answer-modal:${roundId}`, { answer: 'Scale weights by sqrt(2/n)' }).callback;
    expect(sub.body.type).toBe(4);
    expect(sub.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(sub.body)).toMatch(/point/);
    const again = await h.submit(bob, `answer-modal:${roundId}`, { answer: 'another try' }).callback;
    expect(textOf(again.body)).toMatch(/already answered/i);
  });

  it('a click after the question closed gets a private "closed" note, not a modal', async () => {
    const { customId, message } = await startQuiz(10);
    await closeQuestion(10);
    const cb = await h.click(bob, customId, message).callback;
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/closed at/);
  });

  it('a modal submitted after the question closed gets the same private note', async () => {
    const { roundId } = await startQuiz(10);
    await closeQuestion(10);
    const cb = await h.submit(bob, `answer-modal:${roundId}`, { answer: 'too late' }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/closed at/);
  });
});

describe('mentions', () => {
  it('an answer and a name with @everyone ping nobody anywhere', async () => {
    const everyone = { ...alice, username: '@everyone' };
    await h.slash(everyone, { name: 'quiz', subcommand: 'start', options: { seconds: 10 } }).callback;
    await h.slash(bob, { name: 'answer', options: { text: '@everyone <@&1> <@1> look at this' } }).callback;
    const since = h.discord.requests.items.length;
    await closeQuestion(10);
    await h.discord.waitForRequest((r) => r.method === 'POST' && r.path.includes('/messages') && /Answer to question/.test(textOf(r.body)), since);
    const sent = h.discord.requests.items.filter((r) => ['POST', 'PATCH'].includes(r.method) && r.body && typeof r.body === 'object' && !Array.isArray(r.body));
    const bodies = sent.map((r: RecordedRequest) => (r.path.endsWith('/callback') ? r.body.data : r.body)).filter((b) => b && (b.embeds || b.content));
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
    expect(bodies.some((b) => JSON.stringify(b).includes('@everyone'))).toBe(true);
  });
});

describe('the reveal', () => {
  it('a long model answer is split across embeds within every Discord limit', async () => {
    const para = (i: number) => `${i}. ${'Gradient clipping keeps updates bounded when the loss surface is steep. '.repeat(5)}`;
    const answer = Array.from({ length: 10 }, (_, i) => para(i + 1)).join('\n\n').slice(0, 3900);
    const keyPoints = Array.from({ length: 20 }, (_, i) => ({ label: `key point ${i + 1} ${'about clipping '.repeat(6)}`.trim(), aliases: [] }));
    const deck = { title: 'Long answers', questions: [{ type: 'open', prompt: 'Why clip gradients?', answer, keyPoints }] };
    const file = h.discord.attachment('long.json', JSON.stringify(deck));
    const imp = h.slash(admin, {
      name: 'deck',
      subcommand: 'import',
      options: { file: file.id },
      types: { file: OptionType.Attachment },
      resolved: { attachments: { [file.id]: file } },
    });
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).not.toMatch(/problem/i);
    await startQuiz(10, 'long');
    const since = h.discord.requests.items.length;
    await closeQuestion(10);
    const posts = channelPosts(since);
    // Over 6000 characters in all: more than one message, each within the limits.
    expect(posts.length).toBeGreaterThan(1);
    const embeds = posts.flatMap((p) => p.body.embeds as { description?: string }[]);
    for (const p of posts) {
      expect(p.body.embeds.length).toBeLessThanOrEqual(10);
      expect(p.body.embeds.reduce((n: number, e: Parameters<typeof embedLength>[0]) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    }
    expect(embeds.map((e) => e.description ?? '').join('')).toContain(answer.slice(-200).trim());
    expect(textOf({ embeds: posts.flatMap((p) => p.body.embeds) })).toMatch(/key point 20/);
  });
});

describe('the Practise button on a reveal', () => {
  it('gives whoever clicks it a private practice question, with its own Answer button', async () => {
    const { roundId } = await startQuiz(30);
    const since = h.discord.requests.items.length;
    await closeQuestion(30);
    const [reveal] = channelPosts(since);
    const buttons = (reveal!.body.components as { components: { custom_id: string; label: string }[] }[]).flatMap((r) => r.components);
    expect(buttons).toEqual([expect.objectContaining({ custom_id: `practice:${roundId}`, label: 'Practise privately' })]);
    const message = apiMessage({ id: '2', channelId: h.discord.channelId, author: apiUser(h.discord.botUser, true), body: reveal!.body });
    const clicked = await h.click(bob, `practice:${roundId}`, message).callback;
    expect(clicked.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(clicked.body)).toMatch(/Practice · Question \d+/);
    expect(clicked.body.data.components[0].components[0].custom_id).toMatch(/^answer:\d+$/);
  });
});

describe('/practice', () => {
  it('shows a private question and reveals the model answer right after the modal answer', async () => {
    const cb = await h.slash(bob, { name: 'practice', options: {} }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    const customId = cb.body.data.components[0].components[0].custom_id as string;
    const roundId = Number(customId.split(':')[1]);
    const sub = await h.submit(bob, `answer-modal:${roundId}`, { answer: 'not sure' }).callback;
    expect(sub.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(sub.body)).toContain('Model answer');
    const other = await h.submit(alice, `answer-modal:${roundId}`, { answer: 'mine now' }).callback;
    expect(textOf(other.body)).not.toContain('Model answer');
  });

  it('with stats, shows the member’s cards per deck instead of a question', async () => {
    const cb = await h.slash(bob, { name: 'practice', options: { stats: true } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toContain('You have no cards yet.');
  });

  it('with remind and a timezone, sends a DM at that local time on a day with cards due; remind off stops it', async () => {
    h.te.clock.set('2026-03-02T10:00:00Z');
    const q = await h.slash(bob, { name: 'practice', options: {} }).callback;
    const roundId = Number((q.body.data.components[0].components[0].custom_id as string).split(':')[1]);
    await h.submit(bob, `answer-modal:${roundId}`, { answer: 'not sure' }).callback;
    const set = await h.slash(bob, { name: 'practice', options: { remind: '08:00', timezone: 'Europe/Berlin' } }).callback;
    expect(set.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(set.body)).toContain('at 08:00 (Europe/Berlin)');
    h.te.clock.set('2026-03-03T07:00:00Z');
    await h.te.engine.tick();
    expect(textOf((await h.discord.waitForDm(bob.id)).body)).toMatch(/You have 1 practice card due today\. Practise with `\/practice`/);
    const off = await h.slash(bob, { name: 'practice', options: { remind: 'off' } }).callback;
    expect(textOf(off.body)).toContain('Practice reminders are off.');
  });
});
