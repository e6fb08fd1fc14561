import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('/season', () => {
  it('lets an admin start and end a season; the end shows its final board', async () => {
    const started = await h.slash(admin, { name: 'season', subcommand: 'start', options: { name: 'Spring', length: 'week' } }).callback;
    expect(started.body.data.flags ?? 0).toBe(0);
    expect(textOf(started.body)).toMatch(/Season "Spring" has started and runs until/);

    await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { questions: 1 } }).callback;
    await h.slash(alice, { name: 'answer', options: { text: 'L1 regularization, dropout and pruning' } }).callback;

    const end = h.slash(admin, { name: 'season', subcommand: 'end' });
    expect((await end.callback).body).toEqual({ type: 5, data: { flags: 0 } });
    const board = textOf((await h.discord.webhook(end.token, 'PATCH')).body);
    expect(board).toContain('Season "Spring" has ended.');
    expect(board).toContain('Final board: season "Spring"');
    expect(board).toContain('alice');

    const again = h.slash(admin, { name: 'season', subcommand: 'end' });
    await h.discord.webhook(again.token, 'DELETE');
    expect(textOf((await h.discord.webhook(again.token, 'POST')).body)).toMatch(/No season is running/);
  });

  it('takes an end date instead of a length, but not both', async () => {
    const both = await h.slash(admin, { name: 'season', subcommand: 'start', options: { length: 'month', until: '2099-06-30' } }).callback;
    expect(both.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(both.body)).toBe('Choose a length or an end date, not both.');
    const bad = await h.slash(admin, { name: 'season', subcommand: 'start', options: { until: '2099-02-30' } }).callback;
    expect(textOf(bad.body)).toMatch(/"2099-02-30" is not a season length/);
    const dated = await h.slash(admin, { name: 'season', subcommand: 'start', options: { until: '2099-06-30' } }).callback;
    expect(textOf(dated.body)).toMatch(/Season "Season 1" has started and runs until/);
  });

  it('is refused to a member without Manage Server by the engine too', async () => {
    const start = await h.slash(bob, { name: 'season', subcommand: 'start' }).callback;
    expect(start.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(start.body)).toBe('Only admins can do that.');
    const end = h.slash(bob, { name: 'season', subcommand: 'end' });
    await h.discord.webhook(end.token, 'DELETE');
    const refused = (await h.discord.webhook(end.token, 'POST')).body;
    expect(refused.flags).toBe(EPHEMERAL);
    expect(textOf(refused)).toBe('Only admins can do that.');
  });
});
