import { existsSync, rmSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * Copies the database with SQLite's backup in a single step, on a worker thread so progress
 * can be shown meanwhile. One step reads one snapshot, and the bot keeps writing (WAL readers
 * do not block writers). The default of a hundred pages a step started over whenever another
 * process had changed the file between two steps: under steady answers it could go on forever.
 */
const copyInWorker = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.backup(workerData.target, { progress: () => 0x7fffffff }).then(
    () => parentPort.postMessage({ ok: true }),
    (e) => parentPort.postMessage({ ok: false, code: e.code, message: e.message }),
  ).finally(() => db.close());
} catch (e) {
  db?.close();
  parentPort.postMessage({ ok: false, code: e.code, message: e.message });
}`;

export interface BackupIo {
  out(line: string): void;
  /** Progress and problems. */
  err(line: string): void;
  /** How often progress is shown (ms). */
  progressEveryMs?: number;
}

type CopyResult = { ok: true } | { ok: false; code?: string; message: string };

/** `quizbot db backup FILE`: 0 with the copy at `target`, else 1 with nothing written there. */
export async function backupDb(dbPath: string, target: string, io: BackupIo): Promise<number> {
  if (dbPath === ':memory:' || !existsSync(dbPath)) {
    io.err(`There is no database at ${dbPath}; nothing was backed up. Check DATABASE_PATH.`);
    return 1;
  }
  if (existsSync(target)) {
    io.err(`${target} already exists; choose a new file name so no backup is overwritten.`);
    return 1;
  }
  const folder = path.dirname(path.resolve(target));
  if (!existsSync(folder)) {
    io.err(`Cannot write the backup to ${target}: the folder ${path.dirname(target)} does not exist. Create it or choose another place.`);
    return 1;
  }
  // Written beside the target and renamed at the end: a failed or interrupted copy never looks like a backup.
  const partial = path.join(folder, `.${path.basename(target)}.${process.pid}.partial`);
  const size = databaseBytes(dbPath);
  const started = Date.now();
  io.err(`Backing up ${dbPath} (${mb(size)}) to ${target}…`);
  const ticker = setInterval(() => {
    const done = existsSync(partial) ? statSync(partial).size : 0;
    io.err(`  ${mb(done)} of about ${mb(size)} copied (${seconds(Date.now() - started)})`);
  }, io.progressEveryMs ?? 1000);
  let result: CopyResult;
  try {
    result = await copy(dbPath, partial);
  } finally {
    clearInterval(ticker);
  }
  if (result.ok) {
    try {
      renameSync(partial, target);
    } catch (e) {
      result = { ok: false, code: (e as NodeJS.ErrnoException).code, message: (e as Error).message };
    }
  }
  if (!result.ok) {
    rmSync(partial, { force: true });
    io.err(failure(dbPath, target, result));
    return 1;
  }
  io.out(`Backed up ${dbPath} to ${target} (${mb(statSync(target).size)} in ${seconds(Date.now() - started)}).`);
  return 0;
}

function copy(source: string, target: string): Promise<CopyResult> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(copyInWorker, { eval: true, workerData: { driver, source, target } });
    worker.once('message', (m: CopyResult) => resolve(m));
    worker.once('error', (e) => resolve({ ok: false, message: e.message }));
    worker.once('exit', (code) => resolve({ ok: false, message: `the copy stopped unexpectedly (exit ${code})` }));
  });
}

/** What went wrong, in words an operator can act on. */
function failure(dbPath: string, target: string, r: { code?: string; message: string }): string {
  const code = r.code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return `The disk holding ${target} is full; nothing was written. Free some space or back up to another disk.`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return `${dbPath} is not a quizbot database or is damaged, so it was not backed up. Check DATABASE_PATH.`;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return `${dbPath} stayed locked by another process, so no backup was made. Try again in a moment.`;
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_IOERR')
    return `Cannot write the backup to ${target} or read ${dbPath} (${r.message}); nothing was written. Check the permissions of both, or choose another place.`;
  return `The backup of ${dbPath} to ${target} failed (${r.message}); nothing was written. Fix the cause and run quizbot db backup again.`;
}

/** The database's size as SQLite sees it (pages in use, the write-ahead log included); the file's size if it cannot say. */
function databaseBytes(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    } finally {
      db.close();
    }
  } catch {
    // The copy itself will say what is wrong with the file.
    return statSync(file).size;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
