import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type StartSlackOptions } from '../../../src/platforms/slack/startSlack.ts';
import { FakeSlack } from '../../fakes/slack/fakeSlack.ts';
import { makeTestEngine, type TestEngine } from '../../helpers/testEngine.ts';
import { fastTuning } from './harness.ts';

let fake: FakeSlack;
let te: TestEngine;
beforeAll(async () => {
  fake = await FakeSlack.start();
  te = makeTestEngine();
});
afterAll(async () => {
  await fake?.close();
  te?.cleanup();
});

const base = (): StartSlackOptions => ({
  botToken: fake.botToken,
  signingSecret: 'secret',
  port: 0,
  host: '127.0.0.1',
  apiUrl: fake.apiUrl,
  adminUserIds: [],
  engine: te.engine,
  logger: pino({ level: 'silent' }),
  tuning: fastTuning,
});

describe('startSlack', () => {
  it('refuses an empty bot token before calling Slack', async () => {
    await expect(startSlack({ ...base(), botToken: ' ' })).rejects.toThrow('SLACK_BOT_TOKEN is empty');
  });

  it('refuses HTTP mode without a signing secret', async () => {
    const { signingSecret: _, ...noSecret } = base();
    await expect(startSlack(noSecret)).rejects.toThrow('SLACK_SIGNING_SECRET is required in HTTP mode');
  });

  it('rejects a token Slack refuses, in one line without the token', async () => {
    const err = (await startSlack({ ...base(), botToken: 'xoxb-wrong' }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe('Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)');
  });

  it('rejects an app token Slack refuses', async () => {
    const { signingSecret: _, ...socket } = base();
    await expect(startSlack({ ...socket, appToken: 'xapp-wrong' })).rejects.toThrow('Slack rejected SLACK_APP_TOKEN (apps.connections.open: invalid_auth)');
  });

  it('listens on the port it was given; 0 picks a free one and reports it', async () => {
    const slack = await startSlack(base());
    try {
      expect(slack.port).toBeGreaterThan(0);
      const res = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', body: 'x' });
      expect(res.status).toBe(401);
    } finally {
      await slack.stop();
    }
  });
});
