/**
 * Child process for the concurrent decisions test: the real app on the given
 * database, one reviewer. Prints `ready`, waits for `go` on stdin, then decides
 * the answer and prints `decided` or `refused <words>`.
 */
import { createInterface } from 'node:readline';
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { isUserError } from '../../src/engine/errors.ts';
import { words } from '../helpers/shown.ts';
import { RecordingPoster } from '../helpers/testEngine.ts';

const [dbPath, answerId, reviewer, verdict] = [process.argv[2]!, Number(process.argv[3]), process.argv[4]!, process.argv[5] as 'correct' | 'partial' | 'incorrect'];
const app = createApp({ config: loadConfig({ DATABASE_PATH: dbPath }), logger: pino({ level: 'silent' }) });
app.posters.register('discord', new RecordingPoster());
const me = { platform: 'discord', workspaceId: 'guild-1', channelId: 'chan-1', userId: reviewer, userName: reviewer, isAdmin: true };
// Known to the database before the race, so the race is the decision alone.
app.engine.reviewLog(me);
process.stdout.write('ready\n');
createInterface({ input: process.stdin }).once('line', () => {
  app.engine.reviewDecide(me, { answerId, verdict }).then(
    () => process.stdout.write('decided\n'),
    (e: unknown) => process.stdout.write(isUserError(e) ? `refused ${words(e.text)}\n` : `crashed ${String(e)}\n`),
  ).finally(() => {
    app.close();
    process.exit(0);
  });
});
