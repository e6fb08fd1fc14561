import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.ts';
import { StoreError, openDb } from '../../src/store/openDb.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDb', () => {
  it('creates the file with WAL, foreign keys and the latest schema version', () => {
    const db = openDb(path.join(dir, 'sub', 'q.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('refuses a database from a newer quizbot without touching it', () => {
    const file = path.join(dir, 'new.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    expect(() => openDb(file)).toThrow(StoreError);
    expect(() => openDb(file)).toThrow(/newer quizbot/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    again.close();
  });

  it('explains a file that is not a database', () => {
    const file = path.join(dir, 'junk.db');
    writeFileSync(file, 'this is not sqlite'.repeat(100));
    expect(() => openDb(file)).toThrow(/not a quizbot database or is damaged/);
  });

  it.skipIf(process.getuid?.() === 0)('explains a folder it cannot write to', () => {
    const ro = path.join(dir, 'ro');
    writeFileSync(path.join(dir, 'x'), '');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    expect(() => openDb(path.join(ro, 'q.db'))).toThrow(/Cannot write/);
  });
});
