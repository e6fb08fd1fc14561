/**
 * Two real bot processes (`quizbot start`), each running two of four Discord shards against
 * the stand-in, on one SQLite file: every due daily post goes out once, and after one of them
 * is killed with SIGKILL no acknowledged answer is lost and the other keeps posting.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/openDb.ts';
import { DiscordStandIn, shardOf } from '../fakes/discord/DiscordStandIn.ts';
import { slashPayload, snowflake } from '../fakes/discord/payloads.ts';
import type { GuildShape } from '../fakes/discord/payloads.ts';
import { runQuizbot } from '../cli/runQuizbot.ts';
import { caller, makeTestEngine } from '../helpers/testEngine.ts';

const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-shards-'));
const dbPath = path.join(dir, 'quizbot.db');
const children: ChildProcess[] = [];
/** Error lines (pino level 50 and up) the bot processes logged. */
const errors: string[] = [];
let discord: DiscordStandIn | undefined;
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await discord?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `quizbot start` for some shards of four; resolves once it is connected. */
function startBot(ids: string): Promise<ChildProcess> {
  const p = spawn(process.execPath, [bin, 'start'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: dir, DATABASE_PATH: dbPath, DISCORD_TOKEN: discord!.token, DISCORD_API_URL: discord!.apiUrl, DISCORD_SHARD_IDS: ids, DISCORD_SHARD_COUNT: '4', LOG_LEVEL: 'info' },
  });
  children.push(p);
  let log = '';
  return new Promise((resolve, reject) => {
    createInterface({ input: p.stderr! }).on('line', (line) => {
      log += `${line}\n`;
      if (/"level":(5|6)\d/.test(line)) errors.push(line);
      if (line.includes('"Connected to Discord"')) resolve(p);
    });
    p.on('exit', (code) => reject(new Error(`quizbot start (shards ${ids}) exited with ${code}:\n${log}`)));
  });
}

const posts = () => discord!.requests.items.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200);
const postsTo = (channels: Set<string>) => posts().filter((r) => channels.has(r.path.split('/')[2]!));

/** Resolves once `pred` holds, checked every 50 ms (the processes run on the real clock). */
async function until(pred: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Makes schedules due now, as if their time had come (the processes use the real clock). */
function makeDue(channels: string[]): void {
  const db = openDb(dbPath);
  const due = db.prepare('UPDATE schedules SET next_at = ? WHERE channel_id = ?');
  db.transaction(() => {
    for (const c of channels) due.run(Date.now() - 1000, c);
  })();
  db.close();
}

describe('two quizbot processes with two shards each on one database file', () => {
  it('post 1,000 due schedules once each; after kill -9 of one, no acknowledged answer is lost and the other keeps posting', async () => {
    discord = await DiscordStandIn.start({ shards: 4, maxConcurrency: 4 });
    // Eight servers, two on each shard, with 125 channels each.
    const guilds: GuildShape[] = [];
    for (let s = 0; s < 4; s++) for (let k = 0; k < 2; k++) guilds.push(discord.addGuild(s, 4));
    for (const g of guilds) while (g.channels.length < 125) g.channels.push({ id: snowflake(), name: `daily-${g.channels.length}` });

    // The schedules, set up before the bots start; due far ahead until made due.
    const setup = makeTestEngine({ dir, now: new Date().toISOString() });
    for (const g of guilds) for (const ch of g.channels) setup.engine.dailySetup(caller({ isAdmin: true, workspaceId: g.id, channelId: ch.id }), { channelId: ch.id, time: '00:00', timezone: 'Pacific/Kiritimati' });
    setup.close();

    const [a] = await Promise.all([startBot('0,1'), startBot('2,3')]);
    const all = guilds.flatMap((g) => g.channels.map((c) => c.id));
    makeDue(all);
    await until(() => posts().length >= 1000, '1,000 daily posts');
    // Two more ticks of both processes: nothing is posted twice.
    const db = openDb(dbPath, { readonly: true });
    const ticks = () => db.prepare('SELECT ticked_at FROM process_health').pluck().all() as number[];
    const seen = Date.now();
    await until(() => {
      const t = ticks();
      return t.length === 2 && Math.min(...t) > seen + 1000;
    }, 'two more ticks of both processes');
    const perChannel = new Map<string, number>();
    for (const r of posts()) perChannel.set(r.path.split('/')[2]!, (perChannel.get(r.path.split('/')[2]!) ?? 0) + 1);
    expect(perChannel.size).toBe(1000);
    expect(Math.max(...perChannel.values())).toBe(1);

    // quizbot status sees both processes and their four shards.
    const status = runQuizbot(dir, ['status'], '', { DATABASE_PATH: dbPath });
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/Scheduler: last tick \d+ s ago \(2 processes\)/);
    for (let s = 0; s < 4; s++) expect(status.out).toMatch(new RegExp(`discord ${s}/4  ready`));

    // A quiz on each process's shards, started before the kill.
    const quizStarted = Date.now();
    const onA = guilds.filter((g) => shardOf(g.id, 4) < 2);
    const onB = guilds.filter((g) => shardOf(g.id, 4) >= 2);
    const quizChannels = [onA[0]!.channels[0]!.id, onB[0]!.channels[0]!.id];
    for (const [g, ch] of [[onA[0]!, quizChannels[0]!], [onB[0]!, quizChannels[1]!]] as const) {
      const start = discord.interact(slashPayload({ guildId: g.id, channelId: ch, applicationId: discord.applicationId, user: { id: snowflake(), username: 'host' } }, { name: 'quiz', subcommand: 'start', options: { questions: 2, seconds: 10 } }));
      await discord.callback(start.id);
    }

    // A flood of answers to the open daily questions on the shards of the process to be killed.
    const acked: string[] = [];
    for (let i = 0; i < 300; i++) {
      const g = onA[i % onA.length]!;
      const user = { id: snowflake(), username: `m${i}` };
      const p = discord.interact(slashPayload({ guildId: g.id, channelId: g.channels[1 + (i % 124)]!.id, applicationId: discord.applicationId, user }, { name: 'answer', options: { text: 'gradient clipping' } }));
      void discord.callback(p.id).then(() => acked.push(user.id));
    }
    await until(() => acked.length >= 20, '20 acknowledged answers');
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));
    const stored = new Set(db.prepare('SELECT u.external_id FROM answers x JOIN users u ON u.id = x.user_id').pluck().all() as string[]);
    expect(acked.length).toBeGreaterThanOrEqual(20);
    for (const u of acked) expect(stored.has(u), `acknowledged answer of ${u}`).toBe(true);

    // The other process goes on: both quizzes, the killed process's too, get their reveals, second question and standings.
    const kinds = (ch: string) => postsTo(new Set([ch])).filter((r) => r.at >= quizStarted).map((r) => (r.body.embeds?.[0]?.title ?? '') as string);
    await until(() => quizChannels.every((ch) => kinds(ch).length >= 4), 'both quizzes to finish', 60_000);
    for (const ch of quizChannels) {
      const titles = kinds(ch);
      expect(titles).toHaveLength(4);
      expect(titles[3]).toMatch(/final standings/i);
    }
    // No tick failed on a busy database in either process.
    expect(errors).toEqual([]);
    db.close();
  }, 180_000);
});

describe('quizbot start --shards auto', () => {
  it('starts one process per shard /gateway/bot recommends, each identifying as its shard of the count', async () => {
    const standIn = await DiscordStandIn.start({ shards: 2, maxConcurrency: 2 });
    const home = mkdtempSync(path.join(tmpdir(), 'quizbot-manager-'));
    const p = spawn(process.execPath, [bin, 'start', '--shards', 'auto'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: home, DATABASE_PATH: path.join(home, 'quizbot.db'), DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'info' },
    });
    children.push(p);
    const connected = new Set<number>();
    let ready = false;
    try {
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: p.stderr! }).on('line', (line) => {
          if (line.includes('"Connected to Discord"')) connected.add((JSON.parse(line) as { pid: number }).pid);
          if (line.includes('"Every shard process is ready"')) ready = true;
          if (ready && connected.size === 2) resolve();
        });
        p.on('exit', (code) => reject(new Error(`quizbot start --shards auto exited with ${code}`)));
      });
      expect(standIn.frames.items.filter((f) => f.op === 2).map((f) => f.d.shard).sort()).toEqual([[0, 2], [1, 2]]);
      // Each shard in a process of its own, beside the manager's.
      expect(connected.size).toBe(2);
      expect(connected.has(p.pid!)).toBe(false);
    } finally {
      p.kill('SIGTERM');
      await new Promise((r) => p.once('exit', r));
      await standIn.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
