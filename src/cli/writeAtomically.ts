import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes through a temporary file beside the target, then a rename: readers see the old file
 * or the new one, never half of it. A file being replaced keeps its permissions.
 */
export function writeAtomically(target: string, text: string): void {
  const temp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, existsSync(target) ? { mode: statSync(target).mode & 0o777 } : {});
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created, or it is already gone.
    }
    throw e;
  }
}
