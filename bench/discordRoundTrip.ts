import { msg } from '../src/core/text.ts';
import { questionReply } from '../src/engine/messages.ts';
import { deckQuestion } from '../tests/platforms/longTexts.ts';
import { forEachLimit } from '../src/engine/forEachLimit.ts';
import pino from 'pino';
import { startDiscord } from '../src/platforms/discord/startDiscord.ts';
import { DiscordStandIn } from '../tests/fakes/discord/DiscordStandIn.ts';
import { slashPayload, snowflake } from '../tests/fakes/discord/payloads.ts';
import { benchApp } from './benchApp.ts';
import { sampleAnswers } from './sampleAnswers.ts';
import { nowMs, round, summary } from './stats.ts';

const ANSWERS = 1_000;
const POSTS = 200;

/**
 * Through the real discord.js client and the local stand-in: INTERACTION_CREATE
 * for `/answer` → the bot's interaction callback arriving at the stand-in, one at
 * a time; then the rate at which the adapter posts channel messages.
 */
export async function benchDiscord(): Promise<Record<string, unknown>[]> {
  const discord = await DiscordStandIn.start();
  const app = benchApp();
  const bot = await startDiscord({ token: discord.token, apiUrl: discord.apiUrl, engine: app.engine, logger: pino({ level: 'silent' }) });
  app.posters.register('discord', bot.poster);
  try {
    const base = (i: number) => ({ guildId: discord.guildId, channelId: discord.channelId, applicationId: discord.applicationId, user: { id: snowflake(), username: `player${i}` } });
    app.engine.quizStart({ platform: 'discord', workspaceId: discord.guildId, channelId: discord.channelId, userId: 'starter', userName: 'starter', isAdmin: true }, { questions: 1, seconds: 600 });
    const lat: number[] = [];
    for (let i = 0; i < ANSWERS; i++) {
      const payload = slashPayload(base(i), { name: 'answer', options: { text: sampleAnswers[i % sampleAnswers.length]! } });
      const a = nowMs();
      const callback = discord.callback(payload.id);
      discord.interact(payload);
      await callback;
      lat.push(nowMs() - a);
    }
    const rt = summary(lat);

    const target = { platform: 'discord' as const, workspaceId: discord.guildId, channelId: discord.channelId };
    const reply = questionReply(deckQuestion('Is it okay to initialize the bias terms to 0?', 'Yes.'), { deckTitle: 'Deck', roundId: 1, label: msg('answer.labelDaily') });
    const t0 = nowMs();
    // Eight in flight, as the engine's daily fan-out sends them.
    await forEachLimit(Array.from({ length: POSTS }, (_, i) => i), 8, async () => {
      await bot.poster.post(target, reply);
    });
    const rate = POSTS / ((nowMs() - t0) / 1000);
    return [
      { name: 'discord interaction round trip', command: '/answer', latency_ms: rt, unit: 'ms', target: 'p99 < 3000 ms (Discord deadline)', met: rt.p99 < 3000 },
      {
        name: 'discord sending rate',
        posts_per_s: round(rate, 1),
        platform_limit_per_s: 50,
        minutes_for_10000_posts: round(10_000 / Math.min(rate, 50) / 60, 1),
        unit: 'posts/s',
        note: '8 posts in flight to the local stand-in, as the daily fan-out sends them; discord.js queues at its 50 requests/s global limit',
      },
    ];
  } finally {
    await bot.stop();
    await discord.stop();
    app.dispose();
  }
}
