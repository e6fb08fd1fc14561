import pino from 'pino';

export interface CapturedLogs {
  /** A pino logger whose lines land in `lines` (parsed). */
  logger: pino.Logger;
  lines: Record<string, unknown>[];
  /** Resolves with the `nth` (1 by default) line logged with this message, already logged or when it is. */
  logged(msg: string, nth?: number): Promise<Record<string, unknown>>;
}

/** A logger for an adapter under test that keeps what it writes, so a test can wait for a line instead of sleeping. */
export function captureLogs(level: pino.LevelWithSilent = 'debug'): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  // Each waiter says whether it is done, given the lines so far.
  let waiters: (() => boolean)[] = [];
  const logger = pino(
    { level },
    {
      write(line: string) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
        waiters = waiters.filter((done) => !done());
      },
    },
  );
  const logged = (msg: string, nth = 1) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const done = () => {
        const line = lines.filter((l) => l.msg === msg)[nth - 1];
        if (line) resolve(line);
        return line !== undefined;
      };
      if (!done()) waiters.push(done);
    });
  return { logger, lines, logged };
}
