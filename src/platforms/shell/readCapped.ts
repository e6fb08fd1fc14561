import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A file's first `limit + 1` bytes at most: enough for the engine to tell a file over the
 * limit, without trusting its size on disk (devices and pipes report 0, and /dev/zero never ends).
 */
export function readCapped(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(limit + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
