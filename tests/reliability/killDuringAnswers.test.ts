import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { openDb } from '../../src/store/openDb.ts';

const child = fileURLToPath(new URL('./answerFloodChild.ts', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-kill-'));
const dbPath = path.join(dir, 'quizbot.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the flood child until it has acknowledged `killAfter` answers, then kills it with SIGKILL. */
function floodThenKill(firstUser: number, killAfter: number): Promise<Map<string, number>> {
  const acked = new Map<string, number>();
  const p: ChildProcess = spawn(process.execPath, ['--import', 'tsx', child, dbPath, String(firstUser)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  p.stderr!.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    createInterface({ input: p.stdout! }).on('line', (line) => {
      const m = /^ack (\S+) (\d+)$/.exec(line);
      if (!m) return;
      acked.set(m[1]!, Number(m[2]));
      if (acked.size === killAfter) p.kill('SIGKILL');
    });
    p.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited with ${code}: ${stderr}`))));
  });
}

describe('kill -9 during a flood of answers', () => {
  it('keeps every acknowledged answer, and points equal the sum of stored answers, over several kills', async () => {
    const allAcked = new Map<string, number>();
    // Kill points spread from "just started" to "well into the flood".
    for (const [run, killAfter] of [5, 60, 17, 240, 1].entries()) {
      const acked = await floodThenKill(run * 100_000, killAfter);
      for (const [u, pts] of acked) allAcked.set(u, pts);

      // Reopen as the restarted bot would: WAL recovery, then check.
      const db = openDb(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        // Boards catch up on the restarted bot's first fold; each answer counts exactly once.
        new Store(db).boards.fold();
        const stored = new Map((db.prepare("SELECT u.external_id, a.points FROM answers a JOIN users u ON u.id = a.user_id").raw().all() as [string, number][]));
        for (const [u, pts] of allAcked) expect(stored.get(u), `acknowledged answer of ${u}`).toBe(pts);
        const mismatched = db
          .prepare(
            `SELECT u.external_id FROM users u LEFT JOIN (SELECT user_id, SUM(points) AS p, COUNT(*) AS n FROM answers GROUP BY user_id) s ON s.user_id = u.id
             LEFT JOIN score_periods sp ON sp.user_id = u.id AND sp.period = 'all' AND sp.deck = '*'
             WHERE u.points <> COALESCE(s.p, 0) OR u.answers <> COALESCE(s.n, 0) OR COALESCE(sp.points, 0) <> u.points`,
          )
          .pluck()
          .all();
        expect(mismatched).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(allAcked.size).toBeGreaterThanOrEqual(5 + 60 + 17 + 240 + 1);
  }, 60_000);
});
