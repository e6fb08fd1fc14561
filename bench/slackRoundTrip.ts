import { msg } from '../src/core/text.ts';
import { questionReply } from '../src/engine/messages.ts';
import { deckQuestion } from '../tests/platforms/longTexts.ts';
import pino from 'pino';
import { startSlack } from '../src/platforms/slack/startSlack.ts';
import { FakeSlack } from '../tests/fakes/slack/fakeSlack.ts';
import { slashCommand } from '../tests/fakes/slack/payloads.ts';
import { SlackSender } from '../tests/fakes/slack/signedRequests.ts';
import { benchApp } from './benchApp.ts';
import { sampleAnswers } from './sampleAnswers.ts';
import { nowMs, round, summary } from './stats.ts';

const ANSWERS = 1_000;
const CHANNELS = 100;
const signingSecret = 'bench-signing-secret';

/**
 * HTTP mode through Bolt and the local Slack stand-in: a signed `/answer` slash
 * command → the app's acknowledgement, and → the graded reply arriving at the
 * response_url. Then the adapter's sending rate across channels and within one.
 */
export async function benchSlack(): Promise<Record<string, unknown>[]> {
  const fake = await FakeSlack.start();
  const app = benchApp();
  const slack = await startSlack({
    botToken: fake.botToken,
    signingSecret,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    adminUserIds: [],
    engine: app.engine,
    logger: pino({ level: 'silent' }),
  });
  app.posters.register('slack', slack.poster);
  const send = new SlackSender(`http://127.0.0.1:${slack.port}/slack/events`, signingSecret);
  try {
    for (let i = 0; i < ANSWERS; i++) fake.users.set(`U${i}`, { id: `U${i}`, name: `player${i}` });
    app.engine.quizStart({ platform: 'slack', workspaceId: fake.team.id, channelId: 'CQUIZ', userId: 'UADMIN', userName: 'boss', isAdmin: true }, { questions: 1, seconds: 600 });
    const ack: number[] = [];
    const reply: number[] = [];
    for (let i = 0; i < ANSWERS; i++) {
      const responseUrl = fake.responseUrl();
      const path = new URL(responseUrl).pathname;
      const a = nowMs();
      const replied = fake.waitFor('response_url', (c) => c.args.url === path);
      const res = await send.command(slashCommand({ command: '/answer', text: sampleAnswers[i % sampleAnswers.length]!, user: `U${i}`, channel: 'CQUIZ', responseUrl }));
      ack.push(nowMs() - a);
      if (res.status !== 200) throw new Error(`/answer got HTTP ${res.status}`);
      await replied;
      reply.push(nowMs() - a);
    }
    const ackS = summary(ack);
    const replyS = summary(reply);

    const question = questionReply(deckQuestion('Is it okay to initialize the bias terms to 0?', 'Yes.'), { deckTitle: 'Deck', roundId: 1, label: msg('answer.labelDaily') });
    const target = (c: number) => ({ platform: 'slack' as const, workspaceId: fake.team.id, channelId: `CDAILY${c}` });
    let t0 = nowMs();
    for (let c = 0; c < CHANNELS; c++) await slack.poster.post(target(c), question);
    const spread = CHANNELS / ((nowMs() - t0) / 1000);
    t0 = nowMs();
    for (let k = 0; k < 3; k++) await slack.poster.post(target(0), question);
    const oneChannel = 3 / ((nowMs() - t0) / 1000);
    return [
      { name: 'slack slash command ack', command: '/answer', latency_ms: ackS, unit: 'ms', target: 'p99 < 3000 ms (Slack deadline)', met: ackS.p99 < 3000 },
      { name: 'slack interaction round trip', command: '/answer', latency_ms: replyS, unit: 'ms', target: 'p99 < 3000 ms', met: replyS.p99 < 3000, note: 'each answer from a member seen for the first time (users.info included)' },
      {
        name: 'slack sending rate',
        posts_per_s_across_channels: round(spread, 1),
        posts_per_s_one_channel: round(oneChannel, 2),
        platform_limit: '~1 message/s per channel',
        unit: 'posts/s',
      },
    ];
  } finally {
    await slack.stop();
    await fake.close();
    app.dispose();
  }
}
