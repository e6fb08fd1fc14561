import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsImage } from '../../src/engine/types.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const ada = caller();
const bob = caller({ userId: 'u2', userName: 'Bob' });
const DAY = 86_400_000;

/** One quiz question (question 6 of the default deck) answered by `who` now. */
function answerQ6(who: ReturnType<typeof caller>, text: string) {
  const q = t.engine.quizStart(who, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.engine.answer(who, text);
  t.engine.quizStop(who);
}

describe('stats and leaderboard as pictures', () => {
  it('stats with image carries the figures and 30 days of accuracy ending today, the text version unchanged', async () => {
    answerQ6({ ...ada, channelId: 'c1' }, 'L1 regularization, dropout and pruning');
    t.clock.set('2026-03-20T09:00:00Z');
    answerQ6({ ...ada, channelId: 'c2' }, 'no idea at all');
    const plain = t.engine.stats(ada);
    const withImage = t.engine.stats(ada, undefined, { image: true });
    expect(plain.image).toBeUndefined();
    expect({ ...withImage, image: undefined }).toEqual({ ...plain, image: undefined });
    const card = withImage.image as StatsImage;
    expect(card).toMatchObject({ kind: 'stats', name: 'Ada', answers: 2, rank: 1 });
    expect(card.days).toHaveLength(30);
    expect(card.days[29]!.day).toBe(Date.parse('2026-03-20T00:00:00Z'));
    expect(card.days[0]!.day).toBe(Date.parse('2026-03-20T00:00:00Z') - 29 * DAY);
    const answered = card.days.filter((d) => d.answers);
    expect(answered.map((d) => new Date(d.day).toISOString().slice(0, 10))).toEqual(['2026-03-04', '2026-03-20']);
    expect(answered[0]!.accuracy).toBeGreaterThan(answered[1]!.accuracy);
  });

  it('leaves out answers older than 30 days from the chart but not from the totals', () => {
    answerQ6({ ...ada, channelId: 'c1' }, 'dropout');
    t.clock.advance(31 * DAY);
    const card = t.engine.stats(ada, undefined, { image: true }).image as StatsImage;
    expect(card.answers).toBe(1);
    expect(card.days.every((d) => d.answers === 0)).toBe(true);
  });

  it('leaderboard with image carries the top rows and the caller\'s standing', () => {
    answerQ6({ ...ada, channelId: 'c1' }, 'dropout');
    answerQ6({ ...bob, channelId: 'c2' }, 'L1 regularization, dropout and pruning');
    const r = t.engine.leaderboard(ada, { period: 'all', image: true });
    expect(r.image).toMatchObject({ kind: 'leaderboard', rows: [{ rank: 1, name: 'Bob' }, { rank: 2, name: 'Ada' }], you: { rank: 2 } });
    expect(t.engine.leaderboard(ada, { period: 'all' }).image).toBeUndefined();
  });

  it('gives members with equal points the same rank in the picture, as in the text', () => {
    answerQ6({ ...ada, channelId: 'c1' }, 'no idea');
    answerQ6({ ...bob, channelId: 'c2' }, 'no idea');
    const r = t.engine.leaderboard(ada, { period: 'all', image: true });
    expect(r.image).toMatchObject({ kind: 'leaderboard', rows: [{ rank: 1 }, { rank: 1 }] });
  });
});
