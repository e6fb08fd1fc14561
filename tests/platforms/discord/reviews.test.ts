import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiMessage, apiUser, OptionType, snowflake, type TestUser } from '../../fakes/discord/payloads.ts';
import type { RecordedRequest } from '../../fakes/discord/DiscordStandIn.ts';
import { admin, alice, bob, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
/** A member with the server's Tutors role, which the reviewer-role tests make the reviewer role. */
let tutor: TestUser;
beforeEach(async () => {
  h = await startHarness();
  tutor = { id: snowflake(), username: 'tutor', roles: [h.discord.tutorRoleId] };
  // A one-question deck, so every quiz asks the same thing: "Au" is right, anything else wrong.
  h.te.engine.deckImport(
    { platform: 'discord', workspaceId: h.discord.guildId, channelId: h.discord.channelId, userId: admin.id, userName: 'ada', isAdmin: true },
    { fileName: 'gold.yaml', text: 'What is the chemical symbol for gold?:\n- Au\n' },
  );
});
afterEach(async () => {
  await h.close();
});

const EPHEMERAL = 64;
const MODAL = 9;
const DEFERRED = 5;
const UPDATE_MESSAGE = 7;

/** The custom ids of a message body's buttons. */
const buttonIds = (body: { data?: { components?: { components: { custom_id: string }[] }[] }; components?: { components: { custom_id: string }[] }[] }): string[] =>
  ((body.data ?? body).components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));

/** A message as a button click carries it. */
const messageOf = (body: Record<string, unknown>) => apiMessage({ id: snowflake(), channelId: h.discord.channelId, author: apiUser(h.discord.botUser, true), body });

/** Starts a one-question quiz on the gold deck (60 s) and returns its round id. */
async function startQuiz(): Promise<number> {
  const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { deck: 'gold', questions: 1, seconds: 60 } }).callback;
  return Number((buttonIds(cb.body)[0] ?? '').split(':')[1]);
}

/** Answers through the Answer modal; returns the private feedback and the id of the answer its Appeal button appeals. */
async function answer(user: TestUser, roundId: number, text: string) {
  const feedback = await h.submit(user, `answer-modal:${roundId}`, { answer: text }).callback;
  const appeal = buttonIds(feedback.body).find((id) => id.startsWith('appeal:'));
  return { feedback, appealId: appeal, answerId: Number(appeal?.split(':')[1]) };
}

/** Lets the question close and runs the tick that reveals it. */
async function closeQuestion() {
  h.te.clock.advance(60_001);
  await h.te.engine.tick();
}

/** Bob answers wrong at once, Alice right 40 s later (fewer speed points than Bob would have had); the question closes. */
async function bobWrongAliceRight() {
  const roundId = await startQuiz();
  const bobs = await answer(bob, roundId, 'Pb');
  h.te.clock.advance(40_000);
  await answer(alice, roundId, 'Au');
  await closeQuestion();
  return bobs;
}

/** Bob appeals through the Appeal button and its modal. */
async function appealAs(user: TestUser, appealId: string, feedback: RecordedRequest, reason: string) {
  const modal = await h.click(user, appealId, messageOf(feedback.body.data)).callback;
  expect(modal.body.type).toBe(MODAL);
  return h.submit(user, modal.body.data.custom_id as string, { reason }).callback;
}

/** A reviewer clicks a verdict and submits the note modal; resolves with the decision they are shown. */
async function decide(reviewer: TestUser, answerId: number, verdict: string, note = '') {
  const list = await h.slash(reviewer, { name: 'review', subcommand: 'queue' }).callback;
  const modal = await h.click(reviewer, `review:${answerId}:${verdict}`, messageOf(list.body.data)).callback;
  expect(modal.body.type).toBe(MODAL);
  const submitted = h.submit(reviewer, modal.body.data.custom_id as string, { note });
  expect((await submitted.callback).body.type).toBe(DEFERRED);
  return h.discord.webhook(submitted.token, 'PATCH');
}

const leaderboard = async () => textOf((await h.slash(alice, { name: 'leaderboard' }).callback).body);

describe('appealing a grade', () => {
  it('the Appeal button on private feedback opens a modal asking why, in up to 1,000 characters', async () => {
    const roundId = await startQuiz();
    const { feedback, appealId, answerId } = await answer(bob, roundId, 'Pb');
    expect(feedback.body.data.flags).toBe(EPHEMERAL);
    expect(appealId).toBe(`appeal:${answerId}`);
    const modal = await h.click(bob, appealId!, messageOf(feedback.body.data)).callback;
    expect(modal.body.type).toBe(MODAL);
    expect(modal.body.data.custom_id).toBe(`appeal-modal:${answerId}`);
    expect(modal.body.data.title).toBe('Appeal: question 1');
    expect(modal.body.data.components).toEqual([
      {
        type: 18,
        label: 'Why should this grade change?',
        description: 'A reviewer reads this and decides; up to 1,000 characters.',
        component: { type: 4, custom_id: 'reason', style: 2, required: true, max_length: 1000 },
      },
    ]);
  });

  it('a submitted appeal is confirmed privately and waits in /review queue with the reason', async () => {
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    const filed = await appealAs(bob, appealId!, feedback, 'Pb is what my textbook says');
    expect(filed.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(filed.body)).toContain('Your appeal is in.');
    const list = await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback;
    expect(list.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(list.body)).toContain('To review · page 1 of 1');
    expect(textOf(list.body)).toContain(`1. Appeal by <@${bob.id}>`);
    expect(textOf(list.body)).toContain('**Reason:** Pb is what my textbook says');
    expect(buttonIds(list.body)).toEqual([`review:${answerId}:correct`, `review:${answerId}:partial`, `review:${answerId}:incorrect`]);
    expect(list.body.data.components[0].components.map((b: { style: number }) => b.style)).toEqual([3, 1, 4]);
    expect(list.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('one appeal per answer: a second one is refused privately', async () => {
    const { feedback, appealId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'first');
    const again = await h.click(bob, appealId!, messageOf(feedback.body.data)).callback;
    expect(again.body.type).toBe(4);
    expect(again.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(again.body)).toMatch(/^You already appealed this grade on <t:\d+:f>/);
  });

  it('an appeal after the deadline is refused politely, with no modal', async () => {
    const { feedback, appealId } = await bobWrongAliceRight();
    h.te.clock.advance(7 * 86_400_000);
    const late = await h.click(bob, appealId!, messageOf(feedback.body.data)).callback;
    expect(late.body.type).toBe(4);
    expect(late.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(late.body)).toMatch(/^Sorry, the time to appeal this grade ended on <t:\d+:f>, 7 days after the question closed\.$/);
  });

  it('/appeal appeals your latest grade here without the button', async () => {
    await bobWrongAliceRight();
    const filed = await h.slash(bob, { name: 'appeal', options: { reason: 'lead is Pb, gold is… oh' } }).callback;
    expect(textOf(filed.body)).toContain('Your appeal is in.');
    expect(textOf((await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback).body)).toContain('lead is Pb, gold is… oh');
  });
});

describe('deciding an appeal', () => {
  it('a verdict button opens a modal for an optional note', async () => {
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    const list = await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback;
    const modal = await h.click(admin, `review:${answerId}:partial`, messageOf(list.body.data)).callback;
    expect(modal.body.type).toBe(MODAL);
    expect(modal.body.data).toMatchObject({ custom_id: `review-modal:${answerId}:partial`, title: 'Mark as partly right' });
    expect(modal.body.data.components[0]).toMatchObject({ type: 18, label: 'Note for the member (optional)', component: { type: 4, custom_id: 'note', required: false, max_length: 1000 } });
  });

  it('re-scores the answer, moves the member up the leaderboard and tells them by DM', async () => {
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    expect(await leaderboard()).toMatch(/🥇 alice: 11 pts/);
    await appealAs(bob, appealId!, feedback, 'Pb is what my textbook says');
    const decided = await decide(admin, answerId, 'correct', 'Your textbook has a typo, but fine.');
    expect(textOf(decided.body)).toContain('Decision saved');
    expect(textOf(decided.body)).toMatch(new RegExp(`<@${bob.id}>’s answer to question 1 \\(gold\\) is now correct, 100% and 13 points \\(before: incorrect, 0\\)\\.`));
    expect(textOf(decided.body)).toContain('They were told privately.');
    // Bob answered first: with full marks his speed points put him ahead.
    expect(await leaderboard()).toMatch(/🥇 bob: 13 pts/);

    const opened = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(opened.body).toEqual({ recipient_id: bob.id });
    const dm = await h.discord.waitForDm(bob.id);
    expect(dm.body.flags ?? 0).toBe(0);
    expect(dm.body.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(dm.body)).toContain('Your grade was reviewed');
    expect(textOf(dm.body)).toContain('Your appeal was decided.');
    expect(textOf(dm.body)).toContain('Your answer to question 1 (gold) is now correct: 100% and 13 points (before: incorrect, 0).');
    expect(textOf(dm.body)).toContain('The reviewer’s note: Your textbook has a typo, but fine.');
  });

  it('a second reviewer deciding the same appeal is told the first decision stands', async () => {
    await h.slash(admin, { name: 'settings', options: { reviewers: h.discord.tutorRoleId }, types: { reviewers: OptionType.Role }, resolved: { roles: { [h.discord.tutorRoleId]: tutorRole() } } }).callback;
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    // Both open the queue and a verdict's modal before either submits.
    const listA = await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback;
    const listT = await h.slash(tutor, { name: 'review', subcommand: 'queue' }).callback;
    await h.click(admin, `review:${answerId}:correct`, messageOf(listA.body.data)).callback;
    await h.click(tutor, `review:${answerId}:incorrect`, messageOf(listT.body.data)).callback;
    const first = h.submit(admin, `review-modal:${answerId}:correct`, { note: '' });
    expect(textOf((await h.discord.webhook(first.token, 'PATCH')).body)).toContain('is now correct');
    const second = h.submit(tutor, `review-modal:${answerId}:incorrect`, { note: 'no' });
    const told = await h.discord.webhook(second.token, 'PATCH');
    expect(textOf(told.body)).toMatch(new RegExp(`^<@${admin.id}> already decided this on <t:\\d+:f>: correct\\. The first decision stands\\.$`));
    expect(await leaderboard()).toMatch(/🥇 bob: 13 pts/);
    expect(h.discord.dmsTo(bob.id)).toHaveLength(1);
    // A verdict clicked after the decision says so at once, with no note modal to fill in for nothing.
    const late = await h.click(tutor, `review:${answerId}:incorrect`, messageOf(listT.body.data)).callback;
    expect(late.body.type).not.toBe(MODAL);
    expect(textOf(late.body)).toMatch(/already decided this on .*: correct\. The first decision stands\.$/);
  });

  it('a member who takes no DMs gets no notice; the decision stands and the reviewer is told', async () => {
    h.discord.closeDms(bob.id);
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    const decided = await decide(admin, answerId, 'correct');
    expect(textOf(decided.body)).toContain('is now correct');
    expect(textOf(decided.body)).toContain('I could not message them privately; their stats and the leaderboard show the new grade.');
    const refused = await h.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${h.discord.dmChannels.get(bob.id)}/messages`);
    expect(refused.status).toBe(403);
    expect(h.discord.dmsTo(bob.id)).toEqual([]);
  });

  it('/review log lists the decision: who, when, the grade before and after, the note', async () => {
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    await decide(admin, answerId, 'partial', 'half right');
    const log = await h.slash(admin, { name: 'review', subcommand: 'log' }).callback;
    expect(log.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(log.body)).toMatch(new RegExp(`<t:\\d+:f>\\*\\* · <@${admin.id}> on <@${bob.id}>, question 1 \\(gold\\), appeal: incorrect \\(0\\) → partly right \\(5\\)`));
    expect(textOf(log.body)).toContain('Note: half right');
    expect(textOf((await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback).body)).toContain('Nothing to review');
  });

  it('/grade set overrides a stored grade without an appeal, and tells the member', async () => {
    await bobWrongAliceRight();
    const set = h.slash(admin, {
      name: 'grade',
      subcommand: 'set',
      options: { user: bob.id, question: 1, verdict: 'correct', note: 'accepted after all', deck: 'gold' },
      types: { user: OptionType.User },
      resolved: { users: { [bob.id]: apiUser(bob) } },
    });
    expect((await set.callback).body.type).toBe(DEFERRED);
    expect(textOf((await h.discord.webhook(set.token, 'PATCH')).body)).toContain('is now correct, 100% and 13 points (before: incorrect, 0)');
    const dm = await h.discord.waitForDm(bob.id);
    expect(textOf(dm.body)).toContain('A reviewer changed your grade.');
    expect(textOf(dm.body)).toContain('The reviewer’s note: accepted after all');
  });
});

describe('who may review', () => {
  it('a member who is no admin and lacks the reviewer role is refused, whatever the path', async () => {
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    const refusal = 'Only reviewers can do that: admins and members with the reviewer role.';
    expect(textOf((await h.slash(tutor, { name: 'review', subcommand: 'queue' }).callback).body)).toBe(refusal);
    expect(textOf((await h.slash(tutor, { name: 'review', subcommand: 'log' }).callback).body)).toBe(refusal);
    // A verdict button reaching a non-reviewer (a list shown before their role was taken) opens no note modal.
    const list = await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback;
    const clicked = await h.click(tutor, `review:${answerId}:correct`, messageOf(list.body.data)).callback;
    expect(clicked.body.type).not.toBe(MODAL);
    expect(clicked.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(clicked.body)).toBe(refusal);
    const decided = h.submit(bob, `review-modal:${answerId}:correct`, { note: '' });
    expect(textOf((await h.discord.webhook(decided.token, 'PATCH')).body)).toBe(refusal);
    const set = h.slash(bob, { name: 'grade', subcommand: 'set', options: { user: bob.id, question: 1, verdict: 'correct' }, types: { user: OptionType.User }, resolved: { users: { [bob.id]: apiUser(bob) } } });
    expect(textOf((await h.discord.webhook(set.token, 'PATCH')).body)).toBe(refusal);
    expect(await leaderboard()).toMatch(/🥇 alice: 11 pts/);
  });

  it('members with the role an admin set with /settings review', async () => {
    const saved = await h.slash(admin, { name: 'settings', options: { reviewers: h.discord.tutorRoleId }, types: { reviewers: OptionType.Role }, resolved: { roles: { [h.discord.tutorRoleId]: tutorRole() } } }).callback;
    expect(textOf(saved.body)).toContain(`Reviewer role: <@&${h.discord.tutorRoleId}>`);
    const { feedback, appealId, answerId } = await bobWrongAliceRight();
    await appealAs(bob, appealId!, feedback, 'please');
    const list = await h.slash(tutor, { name: 'review', subcommand: 'queue' }).callback;
    expect(textOf(list.body)).toContain('To review · page 1 of 1');
    expect(textOf((await decide(tutor, answerId, 'correct')).body)).toContain('is now correct');
  });
});

describe('paging', () => {
  it('the queue shows five items a page; the page button shows the next page in place', async () => {
    const roundId = await startQuiz();
    const members = Array.from({ length: 6 }, (_, i): TestUser => ({ id: snowflake(), username: `m${i}` }));
    for (const m of members) {
      const { feedback, appealId } = await answer(m, roundId, 'Pb');
      await appealAs(m, appealId!, feedback, `appeal of ${m.username}`);
    }
    const first = await h.slash(admin, { name: 'review', subcommand: 'queue' }).callback;
    expect(textOf(first.body)).toContain('To review · page 1 of 2');
    expect(buttonIds(first.body).at(-1)).toBe('reviewpage:2');
    const next = await h.click(admin, 'reviewpage:2', messageOf(first.body.data)).callback;
    expect(next.body.type).toBe(UPDATE_MESSAGE);
    expect(textOf(next.body)).toContain('To review · page 2 of 2');
    expect(textOf(next.body)).toContain('appeal of m5');
    expect(buttonIds(next.body).at(-1)).toBe('reviewpage:1');
  });
});

function tutorRole() {
  return { id: h.discord.tutorRoleId, name: 'Tutors', color: 0, hoist: false, position: 1, permissions: '0', managed: false, mentionable: false, flags: 0 };
}
