import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A scratch folder in the system temp dir, removed by `dispose`. */
export function tempDir(prefix: string): { dir: string; file(name: string): string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `quizbot-bench-${prefix}-`));
  return { dir, file: (name) => path.join(dir, name), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
