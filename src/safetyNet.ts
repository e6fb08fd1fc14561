import type pino from 'pino';

/**
 * The last line of defence of a running bot. A promise nobody awaited that rejects
 * (a platform SDK's background task, say) is logged and the bot keeps serving: its
 * stack has already unwound and every database write is a synchronous transaction
 * that rolled back. An exception thrown out of a callback may have left memory half
 * updated, so that one is logged and the bot stops cleanly, for its supervisor to restart.
 */
export function installSafetyNet(logger: pino.Logger, stop: (code: number) => Promise<void> | void): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'A background task failed; quizbot keeps running');
  });
  process.once('uncaughtException', (err) => {
    logger.fatal({ err }, 'Unexpected error; quizbot stops so that it can be restarted in a clean state');
    void Promise.resolve(stop(1)).finally(() => process.exit(1));
  });
}
