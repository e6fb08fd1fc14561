import { existsSync } from 'node:fs';
import { openDb } from '../store/openDb.ts';

/** An online backup: SQLite copies page by page while the bot keeps writing. */
export async function backupDb(dbPath: string, target: string, out: (s: string) => void): Promise<number> {
  if (existsSync(target)) {
    out(`${target} already exists; choose a new file name so no backup is overwritten.`);
    return 1;
  }
  const db = openDb(dbPath);
  try {
    const { totalPages } = await db.backup(target);
    out(`Backed up ${dbPath} to ${target} (${totalPages} pages).`);
    return 0;
  } finally {
    db.close();
  }
}
