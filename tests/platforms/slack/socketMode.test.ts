import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, slashCommand, viewSubmission } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'socket' });
});
afterAll(async () => {
  await s?.close();
});

function command(text: string, o: { command?: '/quiz' | '/answer'; user?: string; channel: string }) {
  const responseUrl = s.fake.responseUrl();
  const { acked } = s.fake.sendEnvelope('slash_commands', slashCommand({ command: o.command ?? '/quiz', text, user: o.user ?? 'U1', channel: o.channel, responseUrl }));
  const replied = s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
  return { acked, replied };
}

describe('Socket Mode', () => {
  it('opens the connection with the app token through apps.connections.open', () => {
    const open = s.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe(s.fake.appToken);
    expect(s.fake.connections).toBe(1);
  });

  it('acks a slash command envelope and replies through response_url', async () => {
    const { acked, replied } = command('help', { channel: 'CS1' });
    expect((await acked).payload).toEqual({});
    expect(allText((await replied).args)).toContain('quizbot help');
  });

  it('runs the modal flow over the socket; the view_submission ack carries no errors', async () => {
    const start = command('start deep-learning-training 1 60', { channel: 'CS2' });
    const actionId = /"action_id":"(answer:\d+)"/.exec(allText((await start.replied).args))?.[1] ?? '';
    s.fake.sendEnvelope('interactive', buttonClick({ actionId, user: 'U2', channel: 'CS2', responseUrl: s.fake.responseUrl() }));
    const view = (await s.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes('CS2'))).args.view as Record<string, unknown>;
    const { acked } = s.fake.sendEnvelope('interactive', viewSubmission({ user: 'U2', view, values: { answer: { text: 'batch normalization' } } }));
    expect((await acked).payload).toEqual({});
    const feedback = await s.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === 'CS2');
    expect(feedback.args.user).toBe('U2');
  });

  it('after the connection drops, reconnects and loses no answer sent meanwhile', async () => {
    await command('start deep-learning-training 1 60', { channel: 'CS3' }).replied;
    s.fake.dropConnection();
    // Slack keeps an envelope that was not acked and delivers it on the next connection.
    const answer = command('dropout and weight decay', { command: '/answer', user: 'U2', channel: 'CS3' });
    await s.fake.waitForConnection(2);
    expect(s.fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(2);
    await answer.acked;
    expect(allText((await answer.replied).args)).toMatch(/Correct|Partly right|Not quite/);
    // The engine stored it: answering again is "already answered".
    const again = command('dropout', { command: '/answer', user: 'U2', channel: 'CS3' });
    expect(allText((await again.replied).args)).toContain('already answered');
  });
});
