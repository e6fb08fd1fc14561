import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { round } from './stats.ts';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./memoryChild.ts', import.meta.url));

async function rssWith(schedules: number): Promise<{ rss: number; posted: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--expose-gc', child, String(schedules)], { timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

/** RSS of the bot process with 10,000 scheduled channels (each posted once), against the same process with none. */
export async function benchMemory(): Promise<Record<string, unknown>> {
  const empty = await rssWith(0);
  const full = await rssWith(10_000);
  const mb = (b: number) => round(b / 1024 / 1024, 1);
  return { name: 'memory', schedules: 10_000, rss_mb: mb(full.rss), baseline_rss_mb_no_schedules: mb(empty.rss), growth_mb: mb(full.rss - empty.rss), posted: full.posted, unit: 'MB' };
}
