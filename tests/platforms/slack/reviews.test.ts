import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/fakeSlack.ts';
import { appHomeOpened, buttonClick, eventCallback, homeButtonClick, slashCommand, viewSubmission } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeEach(async () => {
  s = await startStand({ mode: 'http', reviewerUserIds: ['UREV'] });
  s.fake.users.set('UREV', { id: 'UREV', name: 'rita' });
  // A one-question deck, so every quiz asks the same thing: "Au" is right, anything else wrong.
  s.te.engine.deckImport(
    { platform: 'slack', workspaceId: 'T001', channelId: 'C1', userId: 'UADMIN', userName: 'boss', isAdmin: true },
    { fileName: 'gold.yaml', text: 'What is the chemical symbol for gold?:\n- Au\n' },
  );
});
afterEach(async () => {
  await s?.close();
});

const CHANNEL = 'CREVIEW';

/** `/quiz <text>` as `user`; resolves with what came back on its response_url. */
async function quiz(text: string, user: string, channel = CHANNEL) {
  const responseUrl = s.fake.responseUrl();
  await s.send.command(slashCommand({ command: '/quiz', text, user, channel, responseUrl }));
  return s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
}

const actionIds = (call: RecordedCall): string[] => [...allText(call.args).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]!);

/** Resolves with the next call of `method` matching, after those already recorded. */
function next(method: string, match: (c: RecordedCall) => boolean = () => true) {
  const seen = s.fake.calls.length;
  return s.fake.waitFor(method, (c) => c.seq > seen && match(c));
}

/** Clicks a button on a message in the channel; resolves with the view the app opened. */
async function openModal(actionId: string, user: string) {
  const opened = next('views.open');
  await s.send.interaction(buttonClick({ actionId, user, channel: CHANNEL, responseUrl: s.fake.responseUrl() }));
  return (await opened).args.view as Record<string, unknown>;
}

/** Answers the open question through its modal; resolves with the ephemeral feedback. */
async function answer(answerButton: string, user: string, text: string) {
  const view = await openModal(answerButton, user);
  const feedback = next('chat.postEphemeral', (c) => c.args.user === user);
  await s.send.interaction(viewSubmission({ user, view, values: { answer: { text } } }));
  return feedback;
}

/** grace (U2) answers wrong at once, ada (U1) right 40 s later; the question closes. Resolves with grace's Appeal button. */
async function graceWrongAdaRight() {
  const started = await quiz('start gold 1 60', 'U1');
  const answerButton = actionIds(started).find((id) => id.startsWith('answer:'))!;
  const feedback = await answer(answerButton, 'U2', 'Pb');
  s.te.clock.advance(40_000);
  await answer(answerButton, 'U1', 'Au');
  s.te.clock.advance(20_001);
  await s.te.engine.tick();
  const appeal = actionIds(feedback).find((id) => id.startsWith('appeal:'))!;
  return { appeal, answerId: Number(appeal.split(':')[1]) };
}

/** grace appeals through the Appeal button and its modal; resolves with what she is told. */
async function appealAs(user: string, appeal: string, reason: string) {
  const view = await openModal(appeal, user);
  const told = next('chat.postEphemeral', (c) => c.args.user === user);
  await s.send.interaction(viewSubmission({ user, view, values: { reason: { text: reason } } }));
  return told;
}

/** A reviewer clicks a verdict in `/quiz review` and submits the note modal; resolves with the decision they are shown. */
async function decide(reviewer: string, answerId: number, verdict: string, note = '') {
  const view = await openModal(`review:${answerId}:${verdict}`, reviewer);
  const told = next('chat.postEphemeral', (c) => c.args.user === reviewer);
  await s.send.interaction(viewSubmission({ user: reviewer, view, values: { note: { text: note } } }));
  return told;
}

const leaderboard = async () => allText((await quiz('leaderboard', 'U1')).args);

describe('appealing a grade on Slack', () => {
  it('the Appeal button on ephemeral feedback opens a modal asking why, up to 1,000 characters', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    const view = await openModal(appeal, 'U2');
    expect(view).toMatchObject({ type: 'modal', callback_id: 'quiz_appeal', title: { text: 'Appeal: question 1' }, submit: { text: 'Send appeal' } });
    expect(JSON.parse(String(view.private_metadata))).toEqual({ answerId, channelId: CHANNEL, locale: 'en' });
    expect(view.blocks).toEqual([
      expect.objectContaining({
        type: 'input',
        block_id: 'reason',
        optional: false,
        label: { type: 'plain_text', text: 'Why should this grade change?' },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 1000 },
      }),
    ]);
  });

  it('an empty reason keeps the modal open; a reason files the appeal and tells the member privately', async () => {
    const { appeal } = await graceWrongAdaRight();
    const view = await openModal(appeal, 'U2');
    const empty = await s.send.interaction(viewSubmission({ user: 'U2', view, values: { reason: { text: '  ' } } }));
    expect(await empty.json()).toEqual({ response_action: 'errors', errors: { reason: 'Please say why first.' } });
    const told = next('chat.postEphemeral', (c) => c.args.user === 'U2');
    await s.send.interaction(viewSubmission({ user: 'U2', view, values: { reason: { text: 'Pb is what my book says' } } }));
    expect((await told).args.channel).toBe(CHANNEL);
    expect(allText((await told).args)).toContain('Your appeal is in.');
  });

  it('an appeal after the deadline is refused politely, with no modal', async () => {
    const { appeal } = await graceWrongAdaRight();
    s.te.clock.advance(7 * 86_400_000);
    const opened = s.fake.callsTo('views.open').length;
    const told = next('chat.postEphemeral', (c) => c.args.user === 'U2');
    await s.send.interaction(buttonClick({ actionId: appeal, user: 'U2', channel: CHANNEL, responseUrl: s.fake.responseUrl() }));
    expect(allText((await told).args)).toMatch(/Sorry, the time to appeal this grade ended on <!date\^\d+\^[^|]+\|[^>]+>, 7 days after the question closed\./);
    expect(s.fake.callsTo('views.open')).toHaveLength(opened);
  });
});

describe('deciding on Slack', () => {
  it('/quiz review lists the appeal with verdict buttons; deciding re-scores, moves the member up and DMs them', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    expect(await leaderboard()).toMatch(/🥇 ada: 11 pts/);
    await appealAs('U2', appeal, 'Pb is what my book says');
    const list = await quiz('review', 'UREV');
    expect(list.args.response_type).toBe('ephemeral');
    expect(allText(list.args)).toContain('To review · page 1 of 1');
    expect(allText(list.args)).toContain('Appeal by grace');
    expect(actionIds(list)).toEqual([`review:${answerId}:correct`, `review:${answerId}:partial`, `review:${answerId}:incorrect`]);

    const view = await openModal(`review:${answerId}:correct`, 'UREV');
    expect(view).toMatchObject({ callback_id: 'quiz_review', title: { text: 'Mark as correct' }, submit: { text: 'Decide' } });
    expect(view.blocks).toEqual([expect.objectContaining({ block_id: 'note', optional: true, label: { type: 'plain_text', text: 'Note for the member (optional)' } })]);
    const told = next('chat.postEphemeral', (c) => c.args.user === 'UREV');
    const dm = next('chat.postMessage', (c) => c.args.channel === 'U2');
    await s.send.interaction(viewSubmission({ user: 'UREV', view, values: { note: { text: 'Your book has a typo, but fine.' } } }));
    expect(allText((await told).args)).toContain('grace’s answer to question 1 (gold) is now correct, 100% and 13 points (before: incorrect, 0).');
    expect(allText((await told).args)).toContain('They were told privately.');
    expect(allText((await dm).args)).toContain('Your appeal was decided.');
    expect(allText((await dm).args)).toContain('The reviewer’s note: Your book has a typo, but fine.');
    expect(await leaderboard()).toMatch(/🥇 grace: 13 pts/);
  });

  it('a second reviewer deciding the same appeal is told the first decision stands', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    await appealAs('U2', appeal, 'please');
    const adminView = await openModal(`review:${answerId}:correct`, 'UADMIN');
    const reviewerView = await openModal(`review:${answerId}:incorrect`, 'UREV');
    const first = next('chat.postEphemeral', (c) => c.args.user === 'UADMIN');
    await s.send.interaction(viewSubmission({ user: 'UADMIN', view: adminView, values: { note: { text: '' } } }));
    expect(allText((await first).args)).toContain('is now correct');
    const second = next('chat.postEphemeral', (c) => c.args.user === 'UREV');
    await s.send.interaction(viewSubmission({ user: 'UREV', view: reviewerView, values: { note: { text: 'no' } } }));
    expect(allText((await second).args)).toMatch(/boss already decided this on <!date\^\d+\^[^>]+>: correct\. The first decision stands\./);
    expect(await leaderboard()).toMatch(/🥇 grace: 13 pts/);
    expect(s.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U2')).toHaveLength(1);
    // A verdict clicked after the decision says so at once, with no note modal.
    const opened = s.fake.callsTo('views.open').length;
    const late = next('chat.postEphemeral', (c) => c.args.user === 'UREV');
    await s.send.interaction(buttonClick({ actionId: `review:${answerId}:partial`, user: 'UREV', channel: CHANNEL, responseUrl: s.fake.responseUrl() }));
    expect(allText((await late).args)).toMatch(/already decided this on .*: correct\. The first decision stands\./);
    expect(s.fake.callsTo('views.open')).toHaveLength(opened);
  });

  it('when Slack refuses the DM, the decision stands and the reviewer is told the member was not', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    await appealAs('U2', appeal, 'please');
    s.fake.failNext('chat.postMessage', { error: 'messages_tab_disabled' });
    const told = await decide('UREV', answerId, 'correct');
    expect(allText(told.args)).toContain('is now correct');
    expect(allText(told.args)).toContain('I could not message them privately; their stats and the leaderboard show the new grade.');
    expect(s.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U2').map((c) => c.fault)).toEqual([{ error: 'messages_tab_disabled' }]);
    expect(await leaderboard()).toMatch(/🥇 grace: 13 pts/);
  });

  it('a member who is no admin and not in SLACK_REVIEWER_USER_IDS is refused', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    await appealAs('U2', appeal, 'please');
    const refusal = 'Only reviewers can do that: admins and members with the reviewer role.';
    expect(allText((await quiz('review', 'U1')).args)).toContain(refusal);
    expect(allText((await quiz('grade set <@U2|grace> 1 correct', 'U1')).args)).toContain(refusal);
    // The verdict button opens no note modal for them…
    const opened = s.fake.callsTo('views.open').length;
    const refused = next('chat.postEphemeral', (c) => c.args.user === 'U1');
    await s.send.interaction(buttonClick({ actionId: `review:${answerId}:correct`, user: 'U1', channel: CHANNEL, responseUrl: s.fake.responseUrl() }));
    expect(allText((await refused).args)).toContain(refusal);
    expect(s.fake.callsTo('views.open')).toHaveLength(opened);
    // …and a note modal submitted by them anyway (one a reviewer opened) decides nothing.
    const view = await openModal(`review:${answerId}:correct`, 'UREV');
    const told = next('chat.postEphemeral', (c) => c.args.user === 'U1');
    await s.send.interaction(viewSubmission({ user: 'U1', view, values: { note: { text: '' } } }));
    expect(allText((await told).args)).toContain(refusal);
    expect(await leaderboard()).toMatch(/🥇 ada: 11 pts/);
  });

  it('/quiz grade set overrides a grade without an appeal and DMs the member', async () => {
    await graceWrongAdaRight();
    const dm = next('chat.postMessage', (c) => c.args.channel === 'U2');
    const set = await quiz('grade set <@U2|grace> 1 gold partial half of it', 'UREV');
    expect(allText(set.args)).toContain('is now partly right');
    expect(allText((await dm).args)).toContain('A reviewer changed your grade.');
    expect(allText((await dm).args)).toContain('The reviewer’s note: half of it');
    expect(allText((await quiz('review log', 'UREV')).args)).toContain('rita on grace, question 1 (gold), override: incorrect (0) → partly right (5)');
  });

  it('the page button shows the next page of /quiz review in place of the first', async () => {
    const started = await quiz('start gold 1 60', 'U1');
    const answerButton = actionIds(started).find((id) => id.startsWith('answer:'))!;
    for (let i = 0; i < 6; i++) {
      const user = `UM${i}`;
      s.fake.users.set(user, { id: user, name: `m${i}` });
      const feedback = await answer(answerButton, user, 'Pb');
      await appealAs(user, actionIds(feedback).find((id) => id.startsWith('appeal:'))!, `appeal of m${i}`);
    }
    const first = await quiz('review', 'UREV');
    expect(allText(first.args)).toContain('To review · page 1 of 2');
    expect(actionIds(first).at(-1)).toBe('reviewpage:2');
    const responseUrl = s.fake.responseUrl();
    await s.send.interaction(buttonClick({ actionId: 'reviewpage:2', user: 'UREV', channel: CHANNEL, responseUrl }));
    const page = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    expect(page.args).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(allText(page.args)).toContain('To review · page 2 of 2');
    expect(allText(page.args)).toContain('appeal of m5');
  });
});

describe('App Home for reviewers', () => {
  it('shows a "To review" section with its buttons to reviewers only', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    await appealAs('U2', appeal, 'please');
    const home = (user: string) => {
      const published = next('views.publish', (c) => c.args.user_id === user);
      void s.send.event(eventCallback(appHomeOpened(user)));
      return published;
    };
    const reviewer = await home('UREV');
    expect(allText(reviewer.args)).toContain('To review · page 1 of 1');
    expect(actionIds(reviewer)).toEqual([`review:${answerId}:correct`, `review:${answerId}:partial`, `review:${answerId}:incorrect`]);
    const member = await home('U1');
    expect(allText(member.args)).not.toContain('To review');
    expect(actionIds(member)).toEqual([]);
  });

  it('deciding from App Home tells the reviewer in their DM and refreshes the section', async () => {
    const { appeal, answerId } = await graceWrongAdaRight();
    await appealAs('U2', appeal, 'please');
    const opened = next('views.open');
    await s.send.interaction(homeButtonClick({ user: 'UREV', actionId: `review:${answerId}:incorrect` }));
    const view = (await opened).args.view as Record<string, unknown>;
    expect(JSON.parse(String(view.private_metadata))).toMatchObject({ answerId, verdict: 'incorrect', channelId: '' });
    const told = next('chat.postMessage', (c) => c.args.channel === 'UREV');
    const refreshed = next('views.publish', (c) => c.args.user_id === 'UREV');
    await s.send.interaction(viewSubmission({ user: 'UREV', view, values: { note: { text: 'still lead' } } }));
    expect(allText((await told).args)).toContain('is now incorrect');
    expect(allText((await refreshed).args)).toContain('Nothing to review');
  });
});
