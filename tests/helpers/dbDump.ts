import type { Db } from '../../src/store/openDb.ts';

/** Every table's rows (order-independent), the schema and the schema version: equal dumps mean nothing was written. */
export function dumpDb(db: Db): Record<string, unknown> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const dump: Record<string, unknown> = {
    user_version: db.pragma('user_version', { simple: true }),
    schema: db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all(),
  };
  for (const t of tables) dump[t] = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  return dump;
}
