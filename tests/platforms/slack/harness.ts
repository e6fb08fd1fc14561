import type { EngineSettings } from '../../../src/engine/context.ts';
import { type SlackHandle, startSlack } from '../../../src/platforms/slack/startSlack.ts';
import { FakeSlack } from '../../fakes/slack/fakeSlack.ts';
import { SlackSender } from '../../fakes/slack/signedRequests.ts';
import { captureLogs } from '../../helpers/capturedLogs.ts';
import { makeTestEngine, type TestEngine } from '../../helpers/testEngine.ts';

export const signingSecret = 'test-signing-secret';

/** Fast settings for tests: few, quick Web API retries; no per-channel spacing; quick Socket Mode reconnects. */
export const fastTuning = {
  retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 },
  postIntervalMs: 0,
  socketPingTimeoutMs: 300,
};

export interface SlackStand {
  fake: FakeSlack;
  te: TestEngine;
  slack: SlackHandle;
  /** HTTP mode only. */
  send: SlackSender;
  /** With `logs: true`, resolves with the `nth` line the adapter logs with this message (it is silent otherwise). */
  logged(msg: string, nth?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** A real engine on a temp database, the stand-in Slack, and the adapter between them. */
export async function startStand(
  o: { mode: 'http' | 'socket'; adminUserIds?: string[]; reviewerUserIds?: string[]; now?: string; settings?: Partial<EngineSettings>; logs?: boolean } = { mode: 'http' },
): Promise<SlackStand> {
  const fake = await FakeSlack.start();
  const te = makeTestEngine({ ...(o.now ? { now: o.now } : {}), ...(o.settings ? { settings: o.settings } : {}) });
  fake.users.set('U1', { id: 'U1', name: 'ada' });
  fake.users.set('U2', { id: 'U2', name: 'grace' });
  fake.users.set('UADMIN', { id: 'UADMIN', name: 'boss', is_admin: true });
  const logs = captureLogs(o.logs ? 'debug' : 'silent');
  const slack = await startSlack({
    botToken: fake.botToken,
    ...(o.mode === 'socket' ? { appToken: fake.appToken } : { signingSecret, port: 0, host: '127.0.0.1' }),
    apiUrl: fake.apiUrl,
    adminUserIds: o.adminUserIds ?? [],
    reviewerUserIds: o.reviewerUserIds ?? [],
    engine: te.engine,
    logger: logs.logger,
    tuning: fastTuning,
  });
  te.posters.register('slack', slack.poster);
  const send = new SlackSender(`http://127.0.0.1:${slack.port ?? 0}/slack/events`, signingSecret);
  return {
    fake,
    te,
    slack,
    send,
    logged: logs.logged,
    async close() {
      await slack.stop();
      await fake.close();
      te.cleanup();
    },
  };
}

/** All text the app sent in a recorded call, flattened (text, blocks, views). */
export function allText(args: Record<string, unknown>): string {
  return JSON.stringify([args.text ?? '', args.blocks ?? [], args.view ?? {}]);
}
