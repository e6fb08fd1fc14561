import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { DiscordStandIn } from '../tests/fakes/discord/DiscordStandIn.ts';
import { BenchClock } from './benchApp.ts';
import { round } from './stats.ts';
import { tempDir } from './tempDir.ts';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./shardsChild.ts', import.meta.url));
const PROCESSES = [1, 2, 4];
const ANSWER_SECONDS = 3;
const SCHEDULES = 4_000;
const SERVERS = 2_500;
const SHARDS = 4;

async function inChild(args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', child, ...args], { timeout: 180_000, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

/** Answers per second with P processes answering at once on one database file, each in its own quiz. */
async function answers(p: number): Promise<Record<string, unknown>> {
  const tmp = tempDir('shards-answers');
  try {
    const db = tmp.file('quizbot.db');
    createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: pino({ level: 'silent' }) }).close();
    // Every process loads and starts its quiz before the common start.
    const startAt = Date.now() + 4_000 + p * 1_000;
    const r = await Promise.all([...Array(p).keys()].map((i) => inChild(['answers', db, String(i), String(ANSWER_SECONDS), String(startAt)])));
    const total = r.reduce((s, x) => s + x.answers!, 0);
    return { name: 'shards: answers', processes: p, answers_per_s: Math.round(total / ANSWER_SECONDS), per_process_per_s: r.map((x) => Math.round(x.answers! / ANSWER_SECONDS)), busy_errors: r.reduce((s, x) => s + x.busy!, 0), unit: 'answers/s' };
  } finally {
    tmp.dispose();
  }
}

/** Daily fan-out: SCHEDULES due in the same minute, claimed and posted by P processes on one file. */
async function fanOut(p: number): Promise<Record<string, unknown>> {
  const tmp = tempDir('shards-fanout');
  try {
    const db = tmp.file('quizbot.db');
    const setupAt = Date.parse('2026-06-01T08:00:00Z');
    const app = createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: pino({ level: 'silent' }), clock: new BenchClock(setupAt) });
    for (let i = 0; i < SCHEDULES; i++) app.engine.dailySetup({ platform: 'discord', workspaceId: `g${i % 500}`, channelId: `c${i}`, userId: 'admin', userName: 'admin', isAdmin: true }, { channelId: `c${i}`, time: '09:00', timezone: 'UTC' });
    app.close();
    const t0 = Date.now();
    const r = await Promise.all([...Array(p).keys()].map(() => inChild(['fanout', db, String(Date.parse('2026-06-01T09:00:00Z'))])));
    const wall = (Date.now() - t0) / 1000;
    const posts = r.reduce((s, x) => s + x.posts!, 0);
    const slowest = Math.max(...r.map((x) => x.ms!)) / 1000;
    return { name: 'shards: daily fan-out', processes: p, schedules: SCHEDULES, posted: posts, posted_once: posts === SCHEDULES, ticking_s: round(slowest, 2), wall_s_with_start: round(wall, 1), per_s: Math.round(SCHEDULES / slowest), unit: 'posts/s' };
  } finally {
    tmp.dispose();
  }
}

/** RSS of each bot process with 2,500 servers from the stand-in over four shards, split over P processes. */
async function memory(p: number): Promise<Record<string, unknown>> {
  const discord = await DiscordStandIn.start({ shards: SHARDS, maxConcurrency: SHARDS });
  const tmp = tempDir('shards-memory');
  try {
    for (let i = 0; i < SERVERS - 1; i++) discord.addGuild(i % SHARDS, SHARDS);
    const db = tmp.file('quizbot.db');
    createApp({ config: loadConfig({ DATABASE_PATH: db }), logger: pino({ level: 'silent' }) }).close();
    const per = SHARDS / p;
    const r = await Promise.all(
      [...Array(p).keys()].map((i) => inChild(['gateway', discord.apiUrl, discord.token, [...Array(per).keys()].map((k) => i * per + k).join(','), String(SHARDS), db])),
    );
    const mb = (b: number) => round(b / 1024 / 1024, 1);
    return { name: 'shards: memory per process', processes: p, servers: r.reduce((s, x) => s + x.guilds!, 0), servers_per_process: r.map((x) => x.guilds), rss_mb: r.map((x) => mb(x.rss!)), rss_mb_before_connecting: r.map((x) => mb(x.rssBeforeConnect!)), unit: 'MB' };
  } finally {
    await discord.stop();
    tmp.dispose();
  }
}

/** Several bot processes on one database file: answers/s, daily fan-out and memory with 1, 2 and 4 processes. */
export async function benchShards(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const p of PROCESSES) out.push(await answers(p));
  for (const p of PROCESSES) out.push(await fanOut(p));
  for (const p of PROCESSES) out.push(await memory(p));
  return out;
}
