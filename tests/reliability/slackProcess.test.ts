import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { SlackSender } from '../fakes/slack/signedRequests.ts';

const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));
const netChild = fileURLToPath(new URL('./safetyNetChild.ts', import.meta.url));
const secret = 'process-test-secret';
const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-slackproc-'));

let fake: FakeSlack;
let bot: ChildProcess;
let send: SlackSender;
let stderr = '';

/** `quizbot start` in HTTP mode against the stand-in Slack, as an operator runs it; resolves once it listens. */
beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = spawn(process.execPath, [bin, 'start'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: dir, DATABASE_PATH: path.join(dir, 'q.db'), SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'info' },
  });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: bot.stderr! }).on('line', (line) => {
      stderr += `${line}\n`;
      const m = /HTTP on port (\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
    });
    bot.on('exit', (code) => reject(new Error(`quizbot exited with ${code}: ${stderr}`)));
  });
  send = new SlackSender(`http://127.0.0.1:${port}/slack/events`, secret);
}, 60_000);
afterAll(async () => {
  bot?.kill('SIGTERM');
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Slack bot process', () => {
  it('survives signed bodies that are not JSON objects and keeps answering commands', async () => {
    const bodies: [string, string][] = [
      ['null', 'application/json'],
      ['[]', 'application/json'],
      ['"x"', 'application/json'],
      ['42', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['payload=3', 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of bodies) expect((await send.post(body, type)).status, body).toBe(400);
    expect(bot.exitCode).toBeNull();
    const responseUrl = fake.responseUrl();
    const res = await send.command(slashCommand({ command: '/quiz', text: 'help', user: 'U1', channel: 'C1', responseUrl }));
    expect(res.status).toBe(200);
    const reply = await fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    expect(JSON.stringify(reply.args)).toContain('quizbot help');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('the process safety net', () => {
  const run = (mode: string) => spawnSync(process.execPath, ['--import', 'tsx', netChild, mode], { encoding: 'utf8', timeout: 30_000 });

  it('logs a rejected promise nobody awaited and keeps running', () => {
    const r = run('reject');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('still serving');
    expect(r.stderr).toContain('A background task failed; quizbot keeps running');
    expect(r.stderr).toContain('lost in the background');
  });

  it('logs an exception thrown out of a callback and stops cleanly with exit code 1', () => {
    const r = run('throw');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('stopping');
    expect(r.stdout).not.toContain('still serving');
    expect(r.stderr).toContain('quizbot stops so that it can be restarted');
  });
});
