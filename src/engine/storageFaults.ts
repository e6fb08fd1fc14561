import { msg, type Msg } from '../core/text.ts';
import { UserError } from './errors.ts';

/** SQLite result codes a person can do nothing about in chat, mapped to a polite reply. */
const faults: [prefix: string, code: string, message: Msg['id']][] = [
  ['SQLITE_FULL', 'storage_full', 'storage.full'],
  ['SQLITE_READONLY', 'storage_readonly', 'storage.readOnly'],
  ['SQLITE_CORRUPT', 'storage_damaged', 'storage.damaged'],
  ['SQLITE_NOTADB', 'storage_damaged', 'storage.damaged'],
  ['SQLITE_BUSY', 'storage_busy', 'storage.busy'],
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
  const err = new UserError(hit[1], msg(hit[2]));
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
