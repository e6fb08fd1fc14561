import cron from 'node-cron';
import type pino from 'pino';
import type { QuizEngine } from '../engine/api.ts';

/**
 * Every due post lives in the database (next run per schedule, close time per
 * round), so the scheduler only has to wake the engine: restarts lose nothing
 * and two processes cannot double-post.
 */
export function startScheduler(engine: QuizEngine, logger: pino.Logger): { stop(): void } {
  const task = cron.schedule('* * * * * *', async () => {
    try {
      await engine.tick();
    } catch (e) {
      logger.error({ err: e }, 'scheduler tick failed');
    }
  }, { noOverlap: true, name: 'quizbot-tick' });
  return { stop: () => void task.stop() };
}
