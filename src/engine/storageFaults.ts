import { UserError } from './errors.ts';
import { text } from './messages.ts';

/** SQLite result codes a person can do nothing about in chat, mapped to a polite reply. */
const faults: [prefix: string, code: string, message: string][] = [
  ['SQLITE_FULL', 'storage_full', text.storageFull],
  ['SQLITE_READONLY', 'storage_readonly', text.storageReadOnly],
  ['SQLITE_CORRUPT', 'storage_damaged', text.storageDamaged],
  ['SQLITE_NOTADB', 'storage_damaged', text.storageDamaged],
  ['SQLITE_BUSY', 'storage_busy', text.storageBusy],
];

/**
 * A failed write was rolled back whole, so the caller can be told plainly that
 * nothing was recorded instead of getting a crash apology; anything else is rethrown.
 */
export function storageFault(e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  const hit = faults.find(([prefix]) => code.startsWith(prefix));
  if (!hit) return e;
  const err = new UserError(hit[1], hit[2]);
  err.cause = e;
  return err;
}

/** Wraps a use case so storage faults become user errors, sync or async. */
export function politeOnStorageFault<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    let r: R;
    try {
      r = fn(...args);
    } catch (e) {
      throw storageFault(e);
    }
    if (r instanceof Promise) return r.catch((e: unknown) => Promise.reject(storageFault(e))) as R;
    return r;
  };
}
