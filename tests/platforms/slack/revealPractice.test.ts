import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonClick, slashCommand } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeEach(async () => {
  s = await startStand({ mode: 'http' });
});
afterEach(async () => {
  await s?.close();
});

const actionIds = (args: unknown): string[] => [...JSON.stringify(args).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]!);

describe('the Practise button on a reveal on Slack', () => {
  it('answers whoever clicks it with a private practice question that has its own Answer button', async () => {
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/quiz', text: 'start 1 30', user: 'U1', channel: 'CPR', responseUrl }));
    await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    s.te.clock.advance(31_000);
    await s.te.engine.tick();
    const reveal = s.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'CPR' && String(c.args.text).includes('Answer to question'));
    const practice = actionIds(reveal!.args).find((id) => id.startsWith('practice:'));
    expect(practice).toMatch(/^practice:\d+$/);
    const told = s.fake.waitFor('chat.postEphemeral', (c) => c.args.user === 'U2');
    await s.send.interaction(buttonClick({ actionId: practice!, user: 'U2', channel: 'CPR', responseUrl: s.fake.responseUrl() }));
    const reply = (await told).args;
    expect(allText(reply)).toMatch(/Practice · Question \d+/);
    expect(actionIds(reply).some((id) => /^answer:\d+$/.test(id))).toBe(true);
  });
});
