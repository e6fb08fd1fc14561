import type Database from 'better-sqlite3';
import type { Db } from './openDb.ts';

/** Prepares each SQL text once per connection and hands back the same statement after. */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
