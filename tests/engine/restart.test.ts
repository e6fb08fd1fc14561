import { afterEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
afterEach(() => t.cleanup());

describe('restart', () => {
  it('loses nothing: answers, scores, open questions and the one-answer rule survive a reopen', async () => {
    t = makeTestEngine();
    const poster = new RecordingPoster();
    t.posters.register('discord', poster);
    t.engine.quizStart(caller(), { questions: 2, seconds: 60 });
    t.engine.answer(caller(), 'dropout');
    const before = shown(t.engine.stats(caller())).fields;
    t = t.restart();
    t.posters.register('discord', poster);
    expect(shown(t.engine.stats(caller())).fields).toEqual(before);
    expect(shown(t.engine.answer(caller(), 'pruning')).title).toBe('Already answered');
    expect(t.engine.ask(caller({ userId: 'u2' })).kind).toBe('question');
    t.clock.advance(60_000);
    await t.engine.tick();
    expect(poster.sent.map((s) => s.reply.kind)).toEqual(['reveal', 'question']);
  });
});
