import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, refusalOf, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';
import type { Caller } from '../../src/engine/types.ts';
import type { QuizEngine } from '../../src/engine/api.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const ada = caller();
const bob = caller({ userId: 'u2', userName: 'Bob' });

/** Answers question 6 of the default deck in a one-question quiz in its own channel. */
function answerQ6(who: Caller, text: string, channelId: string, engine: QuizEngine = t.engine) {
  const c = { ...who, channelId };
  const q = engine.quizStart(c, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.clock.advance(59_000);
  return engine.answer(c, text);
}

const finalBoards = () => poster.sent.filter((s) => shown(s.reply).title?.startsWith('Final board'));

describe('seasons', () => {
  it('starts and ends a season, with polite errors', async () => {
    expect(refusal(() => t.engine.seasonStart(ada, { name: 'Spring' }))).toMatch(/admin/i);
    expect(await refusalOf(t.engine.seasonEnd(admin))).toBe('No season is running. Start one with /season start.');
    expect(shown(t.engine.seasonStart(admin, { name: 'Spring', length: { kind: 'week' } })).body).toMatch(/^Season "Spring" has started and runs until /);
    expect(refusal(() => t.engine.seasonStart(admin, {}))).toBe('Season "Spring" is still running. End it with /season end before starting another.');
    const ended = shown(await t.engine.seasonEnd(admin));
    expect(ended.body).toMatch(/^Season "Spring" has ended\./);
    expect(shown(t.engine.seasonStart(admin, {})).body).toMatch(/^Season "Season 2" has started\./);
  });

  it('refuses an end date in the past', () => {
    expect(refusal(() => t.engine.seasonStart(admin, { length: { kind: 'until', date: '2026-03-03' } }))).toBe('The end date 2026-03-03 has already passed. Choose a later date.');
    expect(shown(t.engine.seasonStart(admin, { length: { kind: 'until', date: '2026-03-04' } })).body).toMatch(/runs until/);
  });

  it('counts only answers within the season on its board', async () => {
    answerQ6(ada, 'dropout', 'c1');
    t.clock.set('2026-03-05T10:00:00Z');
    t.engine.seasonStart(admin, { name: 'Spring' });
    answerQ6(bob, 'L1 regularization, dropout and pruning', 'c2');
    const season = shown(t.engine.leaderboard(ada, { period: 'season' }));
    expect(season.title).toBe('Leaderboard: season "Spring"');
    expect(season.body).toContain('Bob');
    expect(season.body).not.toContain('Ada:');
    await t.engine.seasonEnd(admin);
    t.clock.advance(60_000);
    answerQ6(ada, 'dropout', 'c3');
    const after = shown(t.engine.leaderboard(ada, { period: 'season' }));
    expect(after.body).toContain('Bob');
    expect(after.body).not.toContain('Ada:');
    expect(shown(t.engine.leaderboard(ada, { period: 'all' })).body).toContain('Ada');
  });

  it('shows the running season by default, and all time otherwise', async () => {
    answerQ6(ada, 'dropout', 'c1');
    expect(shown(t.engine.leaderboard(ada, {})).title).toBe('Leaderboard: all time');
    t.clock.advance(60_000);
    t.engine.seasonStart(admin, { name: 'Spring' });
    const board = shown(t.engine.leaderboard(ada, {}));
    expect(board.title).toBe('Leaderboard: season "Spring"');
    expect(board.body).toContain('No answers yet.');
    await t.engine.seasonEnd(admin);
    expect(shown(t.engine.leaderboard(ada, {})).title).toBe('Leaderboard: all time');
  });

  it('shows the final board to the admin when there is no daily channel, and posts nothing', async () => {
    t.engine.seasonStart(admin, { name: 'Spring' });
    answerQ6(bob, 'L1 regularization, dropout and pruning', 'c2');
    const ended = shown(await t.engine.seasonEnd(admin));
    expect(ended.body).toMatch(/^Season "Spring" has ended\.\n\n🥇 Bob: /);
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(0);
  });

  it('posts the final top 10 in the daily channel once when /season end is used', async () => {
    t.engine.dailySetup(admin, { channelId: 'daily', time: '09:00', timezone: 'UTC' });
    t.engine.seasonStart(admin, { name: 'Spring' });
    answerQ6(bob, 'L1 regularization, dropout and pruning', 'c2');
    expect(shown(await t.engine.seasonEnd(admin)).body).toBe('Season "Spring" has ended. Its final board is posted in <#daily>.');
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(1);
    expect(finalBoards()[0]!.target.channelId).toBe('daily');
    expect(shown(finalBoards()[0]!.reply).body).toMatch(/^🥇 Bob: /);
  });

  it('ends at its end date on a tick and posts the final board once across a restart', async () => {
    t.engine.dailySetup(admin, { channelId: 'daily', time: '09:00', timezone: 'UTC' });
    t.engine.seasonStart(admin, { name: 'Spring', length: { kind: 'until', date: '2026-03-06' } });
    answerQ6(bob, 'L1 regularization, dropout and pruning', 'c2');
    t.clock.set('2026-03-06T23:59:00Z');
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(0);
    t.clock.set('2026-03-07T00:00:00Z');
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(1);
    t = t.restart();
    t.posters.register('discord', poster);
    t.clock.advance(60_000);
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(1);
    expect(shown(t.engine.leaderboard(ada, {})).title).toBe('Leaderboard: all time');
  });

  it('posts the final board once when two engines tick at once', async () => {
    t.engine.dailySetup(admin, { channelId: 'daily', time: '09:00', timezone: 'UTC' });
    t.engine.seasonStart(admin, { name: 'Spring', length: { kind: 'week' } });
    const other = makeTestEngine({ dir: t.dir, clock: t.clock });
    try {
      other.posters.register('discord', poster);
      t.clock.set('2026-03-12T00:00:00Z');
      await Promise.all([t.engine.tick(), other.engine.tick(), t.engine.tick(), other.engine.tick()]);
      expect(finalBoards()).toHaveLength(1);
    } finally {
      other.close();
    }
  });
});
