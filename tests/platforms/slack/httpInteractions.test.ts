import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appHomeOpened, buttonClick, eventCallback, fileShared, slashCommand, viewSubmission } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http' });
});
afterAll(async () => {
  await s?.close();
});

async function quiz(text: string, user: string, channel: string) {
  const responseUrl = s.fake.responseUrl();
  await s.send.command(slashCommand({ command: '/quiz', text, user, channel, responseUrl }));
  return s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
}

async function startQuiz(channel: string, user = 'U1') {
  const reply = await quiz('start deep-learning-training 1 60', user, channel);
  const actionId = /"action_id":"(answer:\d+)"/.exec(allText(reply.args))?.[1];
  if (!actionId) throw new Error(`no Answer button in ${allText(reply.args)}`);
  return actionId;
}

async function openModal(actionId: string, user: string, channel: string) {
  const res = await s.send.interaction(buttonClick({ actionId, user, channel, responseUrl: s.fake.responseUrl() }));
  expect(res.status).toBe(200);
  return (await s.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes(channel))).args.view as Record<string, unknown>;
}

describe('Answer button and modal', () => {
  it('the button opens a modal with a multiline input that carries the round and channel', async () => {
    const actionId = await startQuiz('CM1');
    const view = await openModal(actionId, 'U2', 'CM1');
    expect(view.type).toBe('modal');
    expect(JSON.parse(String(view.private_metadata))).toEqual({ roundId: Number(actionId.slice(7)), channelId: 'CM1', locale: 'en' });
    expect(JSON.stringify(view.blocks)).toContain('"multiline":true');
  });

  it('a submission is acknowledged before grading is delivered, and the feedback is an ephemeral to the answerer', async () => {
    const actionId = await startQuiz('CM2');
    const view = await openModal(actionId, 'U2', 'CM2');
    const release = s.fake.hold('chat.postEphemeral');
    const res = await s.send.interaction(viewSubmission({ user: 'U2', view, values: { answer: { text: 'He initialization keeps the variance of activations stable' } } }));
    // The HTTP response (the ack) arrives while the feedback is still held at the Web API.
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const feedback = await s.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === 'CM2');
    release();
    expect(feedback.args.user).toBe('U2');
    expect(allText(feedback.args)).toMatch(/Correct|Partly right|Not quite/);
  });

  it('an empty submission keeps the modal open with an error on the input', async () => {
    const actionId = await startQuiz('CM3');
    const view = await openModal(actionId, 'U2', 'CM3');
    const res = await s.send.interaction(viewSubmission({ user: 'U2', view, values: { answer: { text: '   ' } } }));
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { answer: 'Please write an answer first.' } });
  });

  it('a second click after answering shows the first result instead of a modal', async () => {
    const actionId = await startQuiz('CM4');
    const view = await openModal(actionId, 'U2', 'CM4');
    await s.send.interaction(viewSubmission({ user: 'U2', view, values: { answer: { text: 'dropout' } } }));
    await s.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === 'CM4');
    const opened = s.fake.callsTo('views.open').length;
    await s.send.interaction(buttonClick({ actionId, user: 'U2', channel: 'CM4', responseUrl: s.fake.responseUrl() }));
    const again = await s.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === 'CM4' && allText(c.args).includes('Already answered'));
    expect(again.args.user).toBe('U2');
    expect(s.fake.callsTo('views.open')).toHaveLength(opened);
  });

  it('when the question’s time is up, the reveal is posted in the channel', async () => {
    await startQuiz('CM6');
    s.te.clock.advance(61_000);
    await s.te.engine.tick();
    const reveal = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CM6');
    expect(allText(reveal.args)).toContain('Answer to question');
    expect(allText(reveal.args)).toContain('Answers');
  });

  it('stopping the quiz reveals the answer with who got full marks', async () => {
    await startQuiz('CM5');
    await quiz('stop', 'U1', 'CM5');
    const reveal = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CM5' && allText(c.args).includes('Answer to question'));
    expect(allText(reveal.args)).toContain('Full marks');
  });
});

describe('App Home', () => {
  it('publishes the user’s stats and the leaderboard when the Home tab opens', async () => {
    const res = await s.send.event(eventCallback(appHomeOpened('U2')));
    expect(res.status).toBe(200);
    const published = await s.fake.waitFor('views.publish', (c) => c.args.user_id === 'U2');
    const view = published.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('grace');
    expect(text.toLowerCase()).toContain('leaderboard');
  });
});

describe('mentions in user text notify nobody', () => {
  it('a member named <!channel> answering "<!everyone> <@U1>" leaves no live mention in anything sent', async () => {
    s.fake.users.set('U666', { id: 'U666', name: '<!channel>' });
    const before = s.fake.calls.length;
    await startQuiz('CX', 'U666');
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/answer', text: '<!everyone> <!here> <@U1> dropout', user: 'U666', channel: 'CX', responseUrl }));
    await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    await quiz('stop', 'U666', 'CX');
    await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CX');
    const sent = s.fake.calls.slice(before).filter((c) => c.method !== 'users.info');
    const everything = sent.map((c) => allText(c.args)).join('\n');
    expect(everything).toContain('&lt;!channel&gt;');
    expect(everything).not.toMatch(/<!channel>|<!everyone>|<!here>|<@U1>/);
    for (const c of sent.filter((c) => c.method === 'chat.postMessage')) expect(c.args.link_names).toBeUndefined();
  });
});

describe('deck import from a file shared in a DM', () => {
  it('downloads the file with the bot token and imports it', async () => {
    s.fake.files.set('F1', { id: 'F1', name: 'capitals.csv', content: 'question,answer\nCapital of France?,Paris\nCapital of Italy?,Rome\n' });
    await s.send.event(eventCallback(fileShared({ user: 'UADMIN', channel: 'D1', file: { id: 'F1', name: 'capitals.csv' } })));
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D1');
    expect(s.fake.callsTo('file.download').at(-1)?.token).toBe(s.fake.botToken);
    expect(allText(reply.args)).toContain('capitals');
    const list = await quiz('deck list', 'U1', 'C1');
    expect(allText(list.args)).toContain('capitals');
  });

  it('refuses a file over 5 MB without downloading it', async () => {
    s.fake.files.set('F2', { id: 'F2', name: 'huge.csv', content: 'q,a\n', size: 6 * 1024 * 1024 });
    const downloads = s.fake.callsTo('file.download').length;
    await s.send.event(eventCallback(fileShared({ user: 'UADMIN', channel: 'D2', file: { id: 'F2', name: 'huge.csv' } })));
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D2');
    expect(allText(reply.args)).toContain('larger than 5 MB');
    expect(s.fake.callsTo('file.download')).toHaveLength(downloads);
  });

  it('refuses a file that is larger than files.info said, while downloading', async () => {
    s.fake.files.set('F3', { id: 'F3', name: 'liar.csv', content: Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), size: 100 });
    await s.send.event(eventCallback(fileShared({ user: 'UADMIN', channel: 'D3', file: { id: 'F3', name: 'liar.csv' } })));
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D3');
    expect(allText(reply.args)).toContain('larger than 5 MB');
  });
});
