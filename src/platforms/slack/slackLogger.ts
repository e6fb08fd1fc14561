import { LogLevel, type Logger } from '@slack/bolt';
import type pino from 'pino';

/** Bolt's logger interface on top of the app's pino logger (levels follow pino's). */
export function slackLogger(log: pino.Logger): Logger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    if (!log.isLevelEnabled(level)) return;
    log[level](msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' '));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    setName: () => {},
    getLevel: () =>
      log.isLevelEnabled('debug') ? LogLevel.DEBUG : log.isLevelEnabled('info') ? LogLevel.INFO : log.isLevelEnabled('warn') ? LogLevel.WARN : LogLevel.ERROR,
  };
}
