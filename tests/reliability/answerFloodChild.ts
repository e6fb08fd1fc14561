/**
 * Child process for the kill -9 test: the real app on the given database,
 * answering as fast as it can; prints `ack <user> <points>` once each answer's
 * reply exists (i.e. after engine.answer returned), so the parent knows which
 * answers were acknowledged before it kills this process.
 */
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { isUserError } from '../../src/engine/errors.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster } from '../helpers/testEngine.ts';

const [dbPath, firstUser] = [process.argv[2]!, Number(process.argv[3])];
const app = createApp({ config: loadConfig({ DATABASE_PATH: dbPath }), logger: pino({ level: 'silent' }) });
app.posters.register('shell', new RecordingPoster());
const who = (id: string) => ({ platform: 'shell' as const, workspaceId: 'flood', channelId: 'room', userId: id, userName: id, isAdmin: true });
try {
  app.engine.quizStart(who('starter'), { questions: 1, seconds: 600 });
} catch (e) {
  if (!isUserError(e)) throw e; // a quiz from an earlier run is still open
}
const answers = ['dropout', 'L1 regularization, dropout and pruning', 'no idea', 'He initialization breaks symmetry'];
process.stdout.write('ready\n');
for (let i = firstUser; ; i++) {
  const reply = app.engine.answer(who(`u${i}`), answers[i % answers.length]!);
  const points = /, (\d+) points?\./.exec(shown(reply).body)?.[1] ?? '?';
  process.stdout.write(`ack u${i} ${points}\n`);
}
