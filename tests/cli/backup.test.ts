import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/openDb.ts';
import { runQuizbot } from './runQuizbot.ts';

const flood = fileURLToPath(new URL('../reliability/answerFloodChild.ts', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A quizbot database of about `mb` MB: the schema, plus filler rows so the copy takes many pages. */
function bigDatabase(file: string, mb: number): void {
  const db = openDb(file);
  db.exec('CREATE TABLE filler (x BLOB)');
  const add = db.prepare('INSERT INTO filler VALUES (randomblob(4000))');
  db.transaction(() => {
    for (let i = 0; i < mb * 256; i++) add.run();
  })();
  db.close();
}

/** `quizbot db backup target` as a separate process; resolves with its exit code and output. */
function backup(dbPath: string, target: string, timeoutMs: number) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const p = spawn(process.execPath, [bin, 'db', 'backup', target], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, DATABASE_PATH: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.stderr.on('data', (d) => (err += String(d)));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('quizbot db backup', { timeout: 120_000 }, () => {
  it('finishes while another process keeps answering, and the copy is a sound database', async () => {
    const dbPath = path.join(dir, 'busy.db');
    bigDatabase(dbPath, 8);
    const writer: ChildProcess = spawn(process.execPath, ['--import', 'tsx', flood, dbPath, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      // Wait until answers are arriving steadily.
      await new Promise<void>((resolve) => {
        let acks = 0;
        createInterface({ input: writer.stdout! }).on('line', (line) => {
          if (line.startsWith('ack') && ++acks === 50) resolve();
        });
      });
      const target = path.join(dir, 'busy-copy.db');
      // Before, the online backup started over on every answer and never finished.
      const r = await backup(dbPath, target, 60_000);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`Backed up ${dbPath} to ${target}`);
      expect(r.err).toContain('Backing up');
      expect(writer.exitCode).toBeNull();
      const copy = new Database(target, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBeGreaterThanOrEqual(50);
      copy.close();
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('refuses a database that does not exist and creates nothing', () => {
    const missing = path.join(dir, 'nowhere', 'deeper', 'q.db');
    const target = path.join(dir, 'copy-of-nothing.db');
    const r = runQuizbot(dir, ['db', 'backup', target], '', { DATABASE_PATH: missing });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`There is no database at ${missing}`);
    expect(existsSync(path.join(dir, 'nowhere'))).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it('says what failed and what to do when the backup cannot be written', () => {
    const dbPath = path.join(dir, 'small.db');
    openDb(dbPath).close();
    const target = path.join(dir, 'no-such-folder', 'copy.db');
    const r = runQuizbot(dir, ['db', 'backup', target], '', { DATABASE_PATH: dbPath });
    expect(r.code).toBe(1);
    expect(r.err).not.toContain('could not start');
    expect(r.err).toContain(`Cannot write the backup to ${target}: the folder ${path.dirname(target)} does not exist. Create it or choose another place.`);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.dirname(target))).toBe(false);
  });

  it('never overwrites an existing file', () => {
    const dbPath = path.join(dir, 'small.db');
    const target = path.join(dir, 'taken.db');
    expect(runQuizbot(dir, ['db', 'backup', target], '', { DATABASE_PATH: dbPath }).code).toBe(0);
    const again = runQuizbot(dir, ['db', 'backup', target], '', { DATABASE_PATH: dbPath });
    expect(again.code).toBe(1);
    expect(again.err).toContain(`${target} already exists; choose a new file name so no backup is overwritten.`);
  });
});
