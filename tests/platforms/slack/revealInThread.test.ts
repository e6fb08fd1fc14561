import { afterEach, describe, expect, it } from 'vitest';
import type { EngineSettings } from '../../../src/engine/context.ts';
import type { Caller } from '../../../src/engine/types.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { type SlackStand, startStand } from './harness.ts';

let s: SlackStand | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const admin: Caller = { platform: 'slack', workspaceId: 'T001', channelId: 'CADMIN', userId: 'UADMIN', userName: 'boss', isAdmin: true };

/**
 * A two-question quiz in `channel`, run to its end: the first question is the
 * command's reply, the second a channel post, so its reveal has a question to thread under.
 */
async function quizOfTwo(settings: Partial<EngineSettings>, channel: string, chosen?: boolean) {
  s = await startStand({ mode: 'http', settings });
  if (chosen !== undefined) s.te.engine.settings(admin, { revealInThread: chosen });
  const responseUrl = s.fake.responseUrl();
  await s.send.command(slashCommand({ command: '/quiz', text: 'start deep-learning-training 2 60', user: 'U1', channel, responseUrl }));
  await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
  for (let i = 0; i < 2; i++) {
    s.te.clock.advance(61_000);
    await s.te.engine.tick();
  }
  const posts = s.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
  const second = s.fake.messages.find((m) => m.channel === channel && m.text?.startsWith('Quiz 2/2 · Question'));
  const lastReveal = posts.filter((c) => String(c.args.text).includes('Answer to question')).at(-1);
  if (!second || !lastReveal) throw new Error(`the quiz did not run: ${posts.map((p) => String(p.args.text)).join(', ')}`);
  return { questionTs: second.ts, threadTs: lastReveal.args.thread_ts };
}

describe('reveals in the question’s thread', () => {
  it('follow the workspace’s setting', async () => {
    const { questionTs, threadTs } = await quizOfTwo({ revealInThread: false }, 'CTH1', true);
    expect(threadTs).toBe(questionTs);
  });

  it('follow SLACK_REVEAL_IN_THREAD where the workspace chose nothing', async () => {
    const { questionTs, threadTs } = await quizOfTwo({ revealInThread: true }, 'CTH2');
    expect(threadTs).toBe(questionTs);
  });

  it('stay in the channel when the workspace said no, whatever the configuration', async () => {
    const { threadTs } = await quizOfTwo({ revealInThread: true }, 'CTH3', false);
    expect(threadTs).toBeUndefined();
  });
});
