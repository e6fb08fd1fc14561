import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));

/** Runs `quizbot args...` in `dir` as a user would, with a clean environment: no platform tokens leak in from the machine running the tests. */
export function runQuizbot(dir: string, args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, DATABASE_PATH: path.join(dir, 'q.db'), ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
