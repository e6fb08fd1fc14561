import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { backupDb } from '../src/cli/backupDb.ts';
import { openDb } from '../src/store/openDb.ts';
import { loadAnswers } from './leaderboardData.ts';
import { round } from './stats.ts';
import { tempDir } from './tempDir.ts';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/quizbot.js', import.meta.url));
const pacer = fileURLToPath(new URL('./answerPaceChild.ts', import.meta.url));
const TARGET_MB = 100;
const RATE = 20;
/** How long the old page-by-page online backup may try before it counts as not finishing. */
const ONLINE_LIMIT_MS = 15_000;

/** A quizbot database of about 100 MB: 300,000 stored answers, topped up with a blob table. */
function buildDatabase(file: string): number {
  const db = openDb(file);
  loadAnswers(db, Date.parse('2026-05-31T12:00:00Z'), 20_000, 300_000);
  const have = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  db.exec('CREATE TABLE bench_filler (x BLOB)');
  const add = db.prepare('INSERT INTO bench_filler VALUES (randomblob(4000))');
  const more = Math.max(0, Math.ceil((TARGET_MB * 1024 * 1024 - have) / 4096));
  db.transaction(() => {
    for (let i = 0; i < more; i++) add.run();
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(file).size;
}

/** `quizbot db backup` as an operator runs it; its wall time. */
async function cliBackup(dbPath: string, target: string): Promise<number> {
  const t0 = performance.now();
  await run(process.execPath, [bin, 'db', 'backup', target], { env: { ...process.env, DATABASE_PATH: dbPath }, timeout: 600_000 });
  return performance.now() - t0;
}

/** The same copy inside this process (no start-up of a CLI process): ms. */
async function inProcessBackup(dbPath: string, target: string): Promise<number> {
  const t0 = performance.now();
  const code = await backupDb(dbPath, target, { out: () => undefined, err: () => undefined });
  if (code !== 0) throw new Error(`backupDb exited with ${code}`);
  return performance.now() - t0;
}

/** better-sqlite3's page-by-page online backup (100 pages a step), as `db backup` did before: ms, restarts, or null if it had not finished by the limit. */
async function onlineBackup(dbPath: string, target: string): Promise<{ ms: number | null; restarts: number }> {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  let restarts = 0;
  let last = Infinity;
  let gaveUp = false;
  const t0 = performance.now();
  try {
    await db.backup(target, {
      progress: ({ remainingPages }) => {
        if (remainingPages > last) restarts++;
        last = remainingPages;
        if (performance.now() - t0 > ONLINE_LIMIT_MS) {
          gaveUp = true;
          return 0;
        }
        return 100;
      },
    });
  } catch {
    gaveUp = true;
  } finally {
    db.close();
  }
  return { ms: gaveUp ? null : performance.now() - t0, restarts };
}

/** Runs `f` while the real app answers RATE times a second in another process; also returns how many answers landed meanwhile. */
async function whileAnswering<T>(dbPath: string, f: () => Promise<T>): Promise<{ result: T; answers: number }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', pacer, dbPath, String(RATE)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let count = 0;
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.on('line', (l) => (count = Number(l)));
  try {
    const start = count;
    const result = await f();
    return { result, answers: count - start };
  } finally {
    child.kill('SIGKILL');
  }
}

/**
 * `quizbot db backup` of a 100 MB database, idle and with 20 answers a second arriving from
 * the bot's process (as a command, and the copy alone), next to the page-by-page online
 * backup of 100 pages a step it replaced.
 */
export async function benchBackup(): Promise<Record<string, unknown>[]> {
  const tmp = tempDir('backup');
  try {
    const dbPath = tmp.file('quizbot.db');
    const bytes = buildDatabase(dbPath);
    const mb = round(bytes / 1024 / 1024, 1);
    const ms = (x: number | null) => (x === null ? null : Math.round(x));
    const idle = await cliBackup(dbPath, tmp.file('idle.db'));
    const busy = await whileAnswering(dbPath, () => cliBackup(dbPath, tmp.file('busy.db')));
    const copyIdle = await inProcessBackup(dbPath, tmp.file('copy-idle.db'));
    const copyBusy = await whileAnswering(dbPath, () => inProcessBackup(dbPath, tmp.file('copy-busy.db')));
    const onlineIdle = await onlineBackup(dbPath, tmp.file('online-idle.db'));
    const onlineBusy = await whileAnswering(dbPath, () => onlineBackup(dbPath, tmp.file('online-busy.db')));
    return [
      { name: 'backup (quizbot db backup, wall time with process start)', db_mb: mb, answers_per_s: 0, ms: ms(idle), unit: 'ms' },
      { name: 'backup (quizbot db backup, wall time with process start)', db_mb: mb, answers_per_s: RATE, ms: ms(busy.result), answers_during: busy.answers, unit: 'ms' },
      { name: 'backup (copy in process)', db_mb: mb, answers_per_s: 0, ms: ms(copyIdle), unit: 'ms' },
      { name: 'backup (copy in process)', db_mb: mb, answers_per_s: RATE, ms: ms(copyBusy.result), answers_during: copyBusy.answers, unit: 'ms' },
      { name: 'backup (online page copy, before)', db_mb: mb, answers_per_s: 0, ms: ms(onlineIdle.ms), restarts: onlineIdle.restarts, unit: 'ms' },
      {
        name: 'backup (online page copy, before)',
        db_mb: mb,
        answers_per_s: RATE,
        ms: ms(onlineBusy.result.ms),
        restarts: onlineBusy.result.restarts,
        answers_during: onlineBusy.answers,
        ...(onlineBusy.result.ms === null ? { note: `not finished after ${ONLINE_LIMIT_MS / 1000} s` } : {}),
        unit: 'ms',
      },
    ];
  } finally {
    tmp.dispose();
  }
}
