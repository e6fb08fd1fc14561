import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const ada = caller({ userId: 'u1', userName: 'Ada' });
const bob = caller({ userId: 'u2', userName: 'Bob' });
const cy = caller({ userId: 'u3', userName: 'Cy' });

/** One quiz question, answered by each member in turn with the same delay (so the same answer earns the same points). */
function quiz(channelId: string, answers: [ReturnType<typeof caller>, string][]) {
  const starter = { ...ada, channelId };
  const q = t.engine.quizStart(starter, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.clock.advance(59_000); // no speed bonus
  for (const [who, text] of answers) t.engine.answer({ ...who, channelId }, text);
  return starter;
}

describe('members with equal points share a rank (1, 1, 3)', () => {
  it('on the leaderboard and in /stats', () => {
    quiz('c1', [
      [ada, 'L1 regularization, dropout and pruning'],
      [bob, 'L1 regularization, dropout and pruning'],
      [cy, 'no idea'],
    ]);
    const body = shown(t.engine.leaderboard(cy, { period: 'all' })).body;
    const lines = body.split('\n');
    expect(lines[0]).toMatch(/^🥇 Ada: \d+ pts/);
    expect(lines[1]).toMatch(/^🥇 Bob: \d+ pts/);
    expect(lines[2]).toMatch(/^🥉 Cy: /);
    expect(body).toContain('You: #3 with');
    const rank = (who: ReturnType<typeof caller>) => shown(t.engine.stats(who)).fields!.find((f) => f.name === 'Rank')?.value;
    expect([rank(ada), rank(bob), rank(cy)]).toEqual(['#1 all time', '#1 all time', '#3 all time']);
    expect(shown(t.engine.leaderboard(bob, { period: 'all' })).body).toContain('You: #1 with');
  });

  it('in the final standings of a quiz', async () => {
    const starter = quiz('c2', [
      [ada, 'L1 regularization, dropout and pruning'],
      [bob, 'L1 regularization, dropout and pruning'],
      [cy, 'no idea'],
    ]);
    const body = shown(await t.engine.quizStop(starter)).body;
    expect(body).toMatch(/^1\. Ada: \d+ pts\n1\. Bob: \d+ pts\n3\. Cy: /);
  });
});
