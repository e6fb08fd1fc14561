import Database from 'better-sqlite3';
import { migrations } from '../../src/store/migrations/index.ts';

/** A database file as quizbot left it at schema 1 (before grader versions), holding the rows `seed` inserts. */
export function schemaOneDatabase(file: string, seed: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(migrations[0]!);
  db.pragma('user_version = 1');
  db.exec(seed);
  db.close();
}
