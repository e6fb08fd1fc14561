import pino from 'pino';

/** Logs go to stderr as JSON so stdout stays free for the playground and CLI output. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' } }, pino.destination(2));
}
