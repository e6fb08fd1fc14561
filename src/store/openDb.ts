import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

export type Db = Database.Database;

/** A database problem a person can fix; the message says what to do. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The schema version a database is at (the number of migrations applied). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Opens (creating if needed) and migrates the database; refuses files it cannot safely use.
 * `readonly` opens an existing file for reading only: nothing is created or migrated, so
 * the schema may be older than this quizbot's (see `schemaVersion`).
 */
export function openDb(file: string, o: { readonly?: boolean } = {}): Db {
  if (o.readonly && file !== ':memory:' && !fs.existsSync(file)) {
    throw new StoreError(`There is no database at ${file}. Check DATABASE_PATH.`);
  }
  if (file !== ':memory:' && !o.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: !!o.readonly });
    if (!o.readonly) db.pragma('journal_mode = WAL');
  } catch (e) {
    throw explain(e, file);
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // Leaderboard ranks walk index pages: keep them in memory instead of re-reading
    // them from the file through a system call each (64 MiB cache, 256 MiB map).
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    if (o.readonly) refuseNewer(db, file);
    else migrate(db, file);
    return db;
  } catch (e) {
    db.close();
    throw e instanceof StoreError ? e : explain(e, file);
  }
}

function refuseNewer(db: Db, file: string): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new StoreError(
      `${file} was written by a newer quizbot (schema ${current}, this one knows ${migrations.length}). ` +
        'Upgrade quizbot, or point DATABASE_PATH at another file.',
    );
  }
  return current;
}

function migrate(db: Db, file: string): void {
  const current = refuseNewer(db, file);
  if (current === migrations.length) return;
  db.transaction(() => {
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v]!);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}

function explain(e: unknown, file: string): StoreError {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new StoreError(`${file} is not a quizbot database or is damaged. Restore it from a backup or set DATABASE_PATH to a new file.`);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return new StoreError(`Cannot write to ${file}. Check the file and folder permissions, or set DATABASE_PATH to a writable place.`);
  if (code === 'SQLITE_FULL') return new StoreError(`The disk holding ${file} is full. Free some space and start again.`);
  return new StoreError(`Cannot open the database ${file}: ${(e as Error).message}`);
}
