import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/engine/errors.ts';
import { refusal, refusalOf, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine();
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

const roundOf = (buttons?: { id: string }[]) => Number(buttons?.[0]?.id.split(':')[1]);

describe('quiz sessions', () => {
  it('starts with a public question that has an Answer button and a closing time', () => {
    const q = shown(t.engine.quizStart(caller(), { questions: 2, seconds: 30 }));
    expect(q.visibility).toBe('public');
    expect(q.kind).toBe('question');
    expect(q.title).toMatch(/^Quiz 1\/2 · Question \d+$/);
    expect(q.body).toMatch(/^Ada started a quiz: 2 questions, 30 s each\.\n\n\S/);
    expect(q.footer).toBe('Training Deep Neural Networks · answer with /answer or the button; answers stay private until the reveal');
    expect(q.buttons?.[0]?.label).toBe('Answer');
    expect(q.closesAt).toBe(t.clock.now() + 30_000);
  });

  it('moves on by itself when time is up: reveal, then the next question, then final standings', async () => {
    t.engine.quizStart(caller(), { questions: 2, seconds: 30 });
    t.engine.answer(caller(), 'something');
    t.clock.advance(30_000);
    await t.engine.tick();
    expect(poster.sent.map((s) => s.reply.kind)).toEqual(['reveal', 'question']);
    expect(shown(poster.sent[0]!.reply).fields?.find((f) => f.name === 'Answers')?.value).toBe('1');
    t.clock.advance(30_000);
    await t.engine.tick();
    expect(poster.sent.map((s) => s.reply.kind)).toEqual(['reveal', 'question', 'reveal', 'leaderboard']);
    const standings = shown(poster.sent[3]!.reply);
    expect(standings.title).toBe('Quiz over: final standings');
    expect(standings.body).toMatch(/^1\. Ada: \d+ pts?$/);
    expect(() => t.engine.ask(caller())).toThrow(UserError);
  });

  it('refuses a second quiz in the same channel but allows one in another channel', () => {
    t.engine.quizStart(caller(), {});
    expect(refusal(() => t.engine.quizStart(caller({ userId: 'u2' }), {}))).toBe('A quiz is already running in this channel. Stop it with /quiz stop or wait for it to finish.');
    expect(t.engine.quizStart(caller({ channelId: 'chan-2' }), {}).kind).toBe('question');
  });

  it('validates the number of questions and seconds with a clear message', () => {
    expect(refusal(() => t.engine.quizStart(caller(), { questions: 0 }))).toBe('The number of questions must be a whole number from 1 to 50.');
    expect(refusal(() => t.engine.quizStart(caller(), { seconds: 5 }))).toBe('Seconds per question must be a whole number from 10 to 600.');
    expect(refusal(() => t.engine.quizStart(caller(), { deck: 'nope' }))).toBe('There is no deck called "nope". Decks here: deep-learning-training and general-science.');
  });

  it('lets the starter or an admin stop a quiz, not another member', async () => {
    t.engine.quizStart(caller(), {});
    expect(await refusalOf(t.engine.quizStop(caller({ userId: 'u2', userName: 'Bob' })))).toBe('Only the person who started this quiz or an admin can stop it.');
    const r = shown(await t.engine.quizStop(caller({ userId: 'u3', isAdmin: true })));
    expect(r.title).toBe('Quiz stopped');
    expect(r.body).toBe('Nobody answered.');
    expect(poster.sent.map((s) => s.reply.kind)).toEqual(['reveal']);
    expect(await refusalOf(t.engine.quizStop(caller()))).toBe('No quiz is running in this channel.');
  });

  it('gives a speed bonus for full marks answered early, shrinking as time runs out', () => {
    const start = (channelId: string) => {
      const q = t.engine.quizStart(caller({ channelId }), { questions: 1, seconds: 60 });
      t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(roundOf(q.buttons));
    };
    start('fast');
    const fast = t.engine.answer(caller({ channelId: 'fast' }), 'L1 regularization, dropout and pruning');
    start('slow');
    t.clock.advance(59_000);
    const slow = t.engine.answer(caller({ channelId: 'slow', userId: 'u2', userName: 'Bob' }), 'L1 regularization, dropout and pruning');
    expect(shown(fast).body).toContain('13 points');
    expect(shown(slow).body).toContain('10 points');
  });

  it('goes on after a crash between a reveal and the next question, once', async () => {
    t.engine.quizStart(caller(), { questions: 2, seconds: 30 });
    // The process died right after closing round 1: no next question was posted.
    const first = t.store.openInChannel(1, 'chan-1')[0]!;
    t.clock.advance(30_000);
    t.store.closeRound(first.id, t.clock.now());
    t = t.restart();
    t.posters.register('discord', poster);
    await t.engine.tick();
    expect(poster.sent.filter((s) => s.reply.kind === 'question')).toHaveLength(0);
    t.clock.advance(3 * 60_000);
    await t.engine.tick();
    await t.engine.tick();
    expect(poster.sent.filter((s) => s.reply.kind === 'question').map((s) => shown(s.reply).title)).toEqual([expect.stringMatching(/^Quiz 2\/2 · Question \d+$/)]);
  });
});
