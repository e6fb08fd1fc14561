import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' }); // a Wednesday
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

function answerQ6(who: ReturnType<typeof caller>, text: string, channelId: string) {
  const c = { ...who, channelId };
  const q = t.engine.quizStart(c, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.clock.advance(59_000); // no speed bonus
  return t.engine.answer(c, text);
}

const ada = caller();
const bob = caller({ userId: 'u2', userName: 'Bob' });

describe('leaderboard and stats', () => {
  it('ranks by points with the caller\'s own rank, per period', () => {
    answerQ6(ada, 'dropout', 'c1');
    t.clock.set('2026-03-09T10:00:00Z'); // next Monday
    answerQ6(bob, 'L1 regularization, dropout and pruning', 'c2');
    const all = shown(t.engine.leaderboard(ada, { period: 'all' }));
    expect(all.title).toBe('Leaderboard: all time');
    expect(all.body.indexOf('Bob')).toBeLessThan(all.body.indexOf('Ada'));
    expect(all.body).toMatch(/^🥇 Bob: \d+ pts \(1 answer\)\n🥈 Ada: \d+ pts? \(1 answer\)\n\nYou: #2 with \d+ pts?\.$/);
    const week = shown(t.engine.leaderboard(ada, { period: 'week' }));
    expect(week.title).toBe('Leaderboard: this week');
    expect(week.body).toContain('Bob');
    expect(week.body).not.toContain('Ada:');
    expect(week.body).toContain('You have no points in this period yet.');
    expect(shown(t.engine.leaderboard(ada, { period: 'month' })).body).toContain('Ada');
    expect(refusal(() => t.engine.leaderboard(ada, { period: 'year' as never }))).toBe('"year" is not a period. Use today, week, month, season or all.');
  });

  it('filters by deck', () => {
    answerQ6(ada, 'dropout', 'c1');
    t.engine.deckImport(caller({ isAdmin: true }), { fileName: 'other.csv', text: 'question,answer\nQ?,A\n' });
    const other = shown(t.engine.leaderboard(ada, { deck: 'other' }));
    expect(other.title).toBe('Leaderboard: all time · other');
    expect(other.body).toBe('No answers yet. Be the first!\n\nYou have no points in this period yet.');
    expect(shown(t.engine.leaderboard(ada, { deck: 'deep-learning-training' })).body).toContain('Ada');
  });

  it('shows points, answers, accuracy, streak and rank', () => {
    answerQ6(ada, 'L1 regularization, dropout and pruning', 'c1');
    answerQ6(ada, 'no clue', 'c2');
    const s = shown(t.engine.stats(ada));
    expect(s.title).toBe('Stats: Ada');
    const f = Object.fromEntries(s.fields!.map((x) => [x.name, x.value]));
    expect(f.Points).toBe('10');
    expect(f.Answers).toBe('2 (1 with full marks)');
    expect(f.Accuracy).toBe('50% average grade');
    expect(f.Rank).toBe('#1 all time');
    expect(shown(t.engine.stats(ada, { userId: 'nobody' })).body).toBe('That member has not answered any question yet.');
    expect(shown(t.engine.stats(bob)).body).toBe('You have not answered any question yet.');
  });
});
