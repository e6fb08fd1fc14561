/**
 * Child process for the backup benchmark: the real app on the given database, answering
 * `rate` times a second (one member after another) until killed; prints the running count
 * after each answer is stored.
 */
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { isUserError } from '../src/engine/errors.ts';
import { NoopPoster } from './benchApp.ts';

const [dbPath, rate] = [process.argv[2]!, Number(process.argv[3])];
const app = createApp({ config: loadConfig({ DATABASE_PATH: dbPath }), logger: pino({ level: 'silent' }) });
app.posters.register('shell', new NoopPoster());
const who = (id: string) => ({ platform: 'shell' as const, workspaceId: 'pace', channelId: 'room', userId: id, userName: id, isAdmin: true });
try {
  app.engine.quizStart(who('starter'), { questions: 1, seconds: 600 });
} catch (e) {
  if (!isUserError(e)) throw e;
}
const answers = ['dropout', 'L1 regularization, dropout and pruning', 'no idea', 'He initialization breaks symmetry'];
let n = 0;
const answerOne = () => {
  app.engine.answer(who(`m${n}`), answers[n % answers.length]!);
  process.stdout.write(`${++n}\n`);
};
answerOne();
setInterval(answerOne, 1000 / rate);
