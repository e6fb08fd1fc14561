/**
 * One bot process of the `shards` benchmark, on the database file given; prints one JSON line.
 *   answers DB ID SECONDS START_AT: answers in its own quiz, as fast as it can, from START_AT (ms) for SECONDS
 *   fanout DB AT: ticks at AT (a fixed clock) until no schedule is due, with a poster that accepts at once
 *   gateway API_URL TOKEN IDS COUNT: connects the given shards of COUNT to the stand-in, then its RSS
 */
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { BenchClock, NoopPoster } from './benchApp.ts';
import { sampleAnswers } from './sampleAnswers.ts';

const [mode, ...args] = process.argv.slice(2);
const silent = pino({ level: 'silent' });
const print = (x: unknown) => process.stdout.write(`${JSON.stringify(x)}\n`);

if (mode === 'answers') {
  const [db, id, seconds, startAt] = [args[0]!, args[1]!, Number(args[2]), Number(args[3])];
  const app = createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: silent, processId: `answers-${id}` });
  app.posters.register('discord', new NoopPoster());
  const who = (i: number, admin = false) => ({ platform: 'discord' as const, workspaceId: `guild-${id}`, channelId: 'quiz', userId: `p${id}-${i}`, userName: `Player ${i}`, isAdmin: admin });
  app.engine.quizStart(who(0, true), { questions: 1, seconds: 600 });
  while (Date.now() < startAt) await new Promise((r) => setTimeout(r, 5));
  const end = startAt + seconds * 1000;
  let n = 0;
  let busy = 0;
  while (Date.now() < end) {
    try {
      app.engine.answer(who(++n), sampleAnswers[n % sampleAnswers.length]!);
    } catch {
      busy++;
    }
  }
  print({ answers: n - busy, busy });
  app.close();
} else if (mode === 'fanout') {
  const [db, at] = [args[0]!, Number(args[1])];
  const app = createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: silent, clock: new BenchClock(at), processId: `fanout-${process.pid}` });
  const poster = new NoopPoster();
  app.posters.register('discord', poster);
  const t0 = Date.now();
  let idle = 0;
  while (idle < 2) {
    const before = poster.posts;
    await app.engine.tick();
    idle = poster.posts === before ? idle + 1 : 0;
  }
  print({ posts: poster.posts, ms: Date.now() - t0 });
  app.close();
} else if (mode === 'gateway') {
  const [apiUrl, token, ids, count, db] = [args[0]!, args[1]!, args[2]!.split(',').map(Number), Number(args[3]), args[4]!];
  const { startDiscord } = await import('../src/platforms/discord/startDiscord.ts');
  const app = createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: silent });
  const before = process.memoryUsage().rss;
  const bot = await startDiscord({ token, apiUrl, engine: app.engine, logger: silent, shards: { ids, count }, identifyWindowMs: 0 });
  (globalThis as { gc?: () => void }).gc?.();
  const guilds = bot.shards().reduce((s, x) => s + x.guilds, 0);
  print({ rss: process.memoryUsage().rss, rssBeforeConnect: before, guilds });
  await bot.stop();
  app.close();
}
