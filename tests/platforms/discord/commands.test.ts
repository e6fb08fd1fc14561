import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionType } from '../../fakes/discord/payloads.ts';
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
const deckMd = '# Tiny deck\n\n### 1. What does ReLU output for negative inputs?\n\nAnswer: Zero.\n\n### 2. Name a common optimizer.\n\nAnswer: Adam.\n';

describe('/help', () => {
  it('replies with the help text and pings nobody', async () => {
    const cb = await h.slash(alice, { name: 'help' }).callback;
    expect(cb.body.type).toBe(4);
    expect(textOf(cb.body)).toMatch(/quizbot/);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/quiz', () => {
  it('start replies publicly with the question, its close time and an Answer button', async () => {
    const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { questions: 2, seconds: 30 } }).callback;
    const data = cb.body.data;
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds[0].title).toMatch(/Quiz 1\/2 · Question \d+/);
    expect(data.embeds[0].fields).toContainEqual({ name: 'Closes', value: expect.stringMatching(/^<t:\d+:R> \(<t:\d+:f>\)$/) });
    expect(data.components[0].components[0]).toMatchObject({ type: 2, label: 'Answer', custom_id: expect.stringMatching(/^answer:\d+$/) });
  });

  it('start with an unknown deck is a private error', async () => {
    const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { deck: 'nope' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/no deck called "nope"/);
  });

  it('stop by the starter defers, posts the reveal, then shows the standings publicly', async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    const stop = h.slash(alice, { name: 'quiz', subcommand: 'stop' });
    const cb = await stop.callback;
    expect(cb.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await h.discord.webhook(stop.token, 'PATCH');
    expect(edit.rawPath).toContain('/messages/%40original');
    expect(textOf(edit.body)).toMatch(/Quiz stopped/);
    const reveal = h.discord.requests.items.find((r) => r.method === 'POST' && r.path === `/channels/${h.discord.channelId}/messages`);
    expect(reveal && textOf(reveal.body)).toMatch(/Answer to question/);
  });

  it("stop of someone else's quiz is refused privately, replacing the public thinking message", async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    const stop = h.slash(bob, { name: 'quiz', subcommand: 'stop' });
    await stop.callback;
    await h.discord.webhook(stop.token, 'DELETE');
    const follow = await h.discord.webhook(stop.token, 'POST');
    expect(follow.body.flags).toBe(EPHEMERAL);
    expect(textOf(follow.body)).toMatch(/Only the person who started this quiz or an admin/);
  });

  it('stop of someone else’s quiz works for an admin', async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    const stop = h.slash(admin, { name: 'quiz', subcommand: 'stop' });
    expect(textOf((await h.discord.webhook(stop.token, 'PATCH')).body)).toMatch(/Quiz stopped/);
  });

  it('stop with no quiz running is a private error', async () => {
    const stop = h.slash(alice, { name: 'quiz', subcommand: 'stop' });
    await h.discord.webhook(stop.token, 'DELETE');
    expect(textOf((await h.discord.webhook(stop.token, 'POST')).body)).toMatch(/No quiz is running/);
  });
});

describe('/answer', () => {
  it('grades privately', async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    const cb = await h.slash(bob, { name: 'answer', options: { text: 'no idea' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/\d+ points?/);
  });

  it('with no open question is a private error', async () => {
    const cb = await h.slash(bob, { name: 'answer', options: { text: 'dropout' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/no open question/);
  });
});

describe('/leaderboard and /stats', () => {
  it('leaderboard for a period lists the players', async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    await h.slash(bob, { name: 'answer', options: { text: 'weights' } }).callback;
    const cb = await h.slash(alice, { name: 'leaderboard', options: { period: 'week' } }).callback;
    expect(textOf(cb.body)).toMatch(/bob/);
  });

  it('stats of another member reads the user option', async () => {
    await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    await h.slash(bob, { name: 'answer', options: { text: 'weights' } }).callback;
    const cb = await h.slash(alice, {
      name: 'stats',
      options: { user: bob.id },
      types: { user: OptionType.User },
      resolved: { users: { [bob.id]: { id: bob.id, username: 'bob', global_name: 'bob', discriminator: '0', avatar: null } } },
    }).callback;
    expect(textOf(cb.body)).toMatch(/bob/);
    expect(textOf(cb.body)).toMatch(/1 answer|Answers: 1|answers.*1/i);
  });
});

describe('/daily', () => {
  const setup = (user = admin) =>
    h.slash(user, {
      name: 'daily',
      subcommand: 'setup',
      options: { channel: h.discord.otherChannelId, time: '09:30', timezone: 'Europe/Berlin' },
      types: { channel: OptionType.Channel },
      resolved: { channels: { [h.discord.otherChannelId]: { id: h.discord.otherChannelId, name: 'daily', type: 0, permissions: '0' } } },
    });

  it('setup by a member without Manage Server is refused privately', async () => {
    const cb = await setup(alice).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/Only admins can do that/);
  });

  it('counts Administrator as admin', async () => {
    const cb = await setup({ ...alice, admin: 'administrator' }).callback;
    expect(textOf(cb.body)).not.toMatch(/Only admins can do that/);
  });

  it('setup, status, pause, resume, skip and now work for an admin', async () => {
    expect(textOf((await setup().callback).body)).toMatch(/09:30/);
    expect(textOf((await h.slash(admin, { name: 'daily', subcommand: 'status' }, h.discord.otherChannelId).callback).body)).toMatch(/Europe\/Berlin/);
    expect(textOf((await h.slash(admin, { name: 'daily', subcommand: 'pause' }, h.discord.otherChannelId).callback).body)).toMatch(/pause/i);
    expect(textOf((await h.slash(admin, { name: 'daily', subcommand: 'resume' }, h.discord.otherChannelId).callback).body)).toMatch(/back on/);

    const now = h.slash(admin, { name: 'daily', subcommand: 'now' }, h.discord.otherChannelId);
    expect((await now.callback).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await h.discord.webhook(now.token, 'PATCH');
    const posted = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${h.discord.otherChannelId}/messages`);
    expect(posted.body.components[0].components[0].custom_id).toMatch(/^answer:\d+$/);
    expect(posted.body.allowed_mentions).toEqual({ parse: [] });

    const skip = h.slash(admin, { name: 'daily', subcommand: 'skip' }, h.discord.otherChannelId);
    expect((await skip.callback).body.type).toBe(5);
    await h.discord.webhook(skip.token, 'PATCH');
  });

  it('setup with a bad time is a private error', async () => {
    const cb = await h.slash(admin, {
      name: 'daily',
      subcommand: 'setup',
      options: { channel: h.discord.otherChannelId, time: '25:99', timezone: 'Europe/Berlin' },
      types: { channel: OptionType.Channel },
      resolved: { channels: { [h.discord.otherChannelId]: { id: h.discord.otherChannelId, name: 'daily', type: 0, permissions: '0' } } },
    }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/not a time/);
  });
});

describe('/deck', () => {
  const importFile = (user: typeof admin, file: ReturnType<Harness['discord']['attachment']>) =>
    h.slash(user, {
      name: 'deck',
      subcommand: 'import',
      options: { file: file.id },
      types: { file: OptionType.Attachment },
      resolved: { attachments: { [file.id]: file } },
    });

  it('list and show describe the shipped deck', async () => {
    expect(textOf((await h.slash(alice, { name: 'deck', subcommand: 'list' }).callback).body)).toMatch(/deep-learning-training/);
    const show = await h.slash(alice, { name: 'deck', subcommand: 'show', options: { name: 'deep-learning-training' } }).callback;
    expect(textOf(show.body)).toMatch(/7 questions|questions: 7|7/);
  });

  it('import downloads the attachment after deferring, then use and remove it', async () => {
    const file = h.discord.attachment('tiny.md', deckMd);
    const imp = importFile(admin, file);
    expect((await imp.callback).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    await h.discord.waitForRequest((r) => r.method === 'GET' && r.path.endsWith('/tiny.md'));
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).toMatch(/tiny/);
    expect(textOf((await h.slash(admin, { name: 'deck', subcommand: 'use', options: { name: 'tiny' } }).callback).body)).toMatch(/tiny/);
    expect(textOf((await h.slash(admin, { name: 'deck', subcommand: 'remove', options: { name: 'tiny' } }).callback).body)).toMatch(/tiny/);
  });

  it('import refuses a file over 5 MB without downloading it', async () => {
    const file = h.discord.attachment('huge.md', deckMd, 6 * 1024 * 1024);
    const imp = importFile(admin, file);
    await imp.callback;
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).toMatch(/larger than 5 MB/);
    expect(h.discord.requests.items.some((r) => r.path.includes('/attachments/'))).toBe(false);
  });

  it('import of a broken deck lists its problems privately', async () => {
    const imp = importFile(admin, h.discord.attachment('broken.md', '### 1. A question without an answer\n'));
    await imp.callback;
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).toMatch(/problems/);
  });

  it('import by a member without Manage Server is refused privately', async () => {
    const imp = importFile(alice, h.discord.attachment('mine.md', deckMd));
    await imp.callback;
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).toMatch(/Only admins can do that/);
  });

  it('use by a member without Manage Server is refused', async () => {
    const cb = await h.slash(alice, { name: 'deck', subcommand: 'use', options: { name: 'deep-learning-training' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/Only admins can do that/);
  });
});

describe('autocomplete', () => {
  it('suggests deck names', async () => {
    const cb = await h.autocomplete(alice, { name: 'quiz', subcommand: 'start', options: { deck: 'deep' }, focused: 'deck' }).callback;
    expect(cb.body).toEqual({ type: 8, data: { choices: [{ name: 'deep-learning-training', value: 'deep-learning-training' }] } });
  });

  it('suggests at most 25 timezones matching what was typed', async () => {
    const cb = await h.autocomplete(admin, { name: 'daily', subcommand: 'setup', options: { timezone: 'america/' }, focused: 'timezone' }).callback;
    const choices = cb.body.data.choices as { value: string }[];
    expect(choices.length).toBe(25);
    expect(choices.every((c) => c.value.startsWith('America/'))).toBe(true);
  });
});

describe('errors', () => {
  it('a bug gets a short private apology and is logged with context', async () => {
    h.te.db.close(); // the store now throws on every call: a failure the engine does not expect
    const cb = await h.slash(alice, { name: 'leaderboard' }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/^Sorry, something went wrong/);
    const line = await h.logged('Discord interaction failed');
    expect(line).toMatchObject({ level: 50, interaction: { command: 'leaderboard', guildId: h.discord.guildId, userId: alice.id } });
    expect(JSON.stringify(line)).not.toContain(h.discord.token);
  });

  it('an unknown command is a private note', async () => {
    const cb = await h.slash(alice, { name: 'trivia' }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/not known/);
  });
});
