import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { round, summary } from './stats.ts';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./lexiconChild.ts', import.meta.url));
const RUNS = 5;

/** Start-up cost of the grader's language resources, each load in a fresh process. */
export async function benchLexicon(): Promise<Record<string, unknown>> {
  const loads: Array<{ ms: number; heap: number; rss: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', child], { timeout: 60_000 });
    loads.push(JSON.parse(stdout.trim().split('\n').pop() as string));
  }
  const mb = (xs: number[]): number => round((xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number) / 1024 / 1024, 1);
  return { name: 'language resources', runs: RUNS, load_ms: summary(loads.map((l) => l.ms)), heap_mb_median: mb(loads.map((l) => l.heap)), rss_mb_median: mb(loads.map((l) => l.rss)), unit: 'ms' };
}
