import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import { refusal, shown, words } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

/** Starts a one-question quiz on a given question of the default deck. */
function openQuestion(n: number, c = caller()) {
  const reply = t.engine.quizStart(c, { questions: 1, seconds: 60 });
  const roundId = Number(reply.buttons![0]!.id.split(':')[1]);
  t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, roundId);
  return roundId;
}

describe('answering', () => {
  it('grades privately, names matched key points and keeps the model answer for the reveal', () => {
    openQuestion(6);
    const r = shown(t.engine.answer(caller(), 'L1 regularization, dropout and pruning'));
    expect(r.visibility).toBe('private');
    expect(r.kind).toBe('feedback');
    expect(r.body).toMatch(/Correct!/);
    expect(r.body).toMatch(/10 points|1[1-3] points/);
    expect(r.body).toContain('revealed when the question closes');
    expect(JSON.stringify(r)).not.toContain('Lasso regularization) adds a penalty');
  });

  it('stores one answer per user per question and repeats the first result', () => {
    openQuestion(6);
    const first = shown(t.engine.answer(caller(), 'dropout'));
    const second = shown(t.engine.answer(caller(), 'L1 regularization, dropout and pruning'));
    expect(second.title).toBe('Already answered');
    expect(second.body).toContain('You already answered');
    const row = t.store.findUser(t.store.findWorkspace('discord', 'guild-1')!.id, 'u1')!;
    expect(row.answers).toBe(1);
    expect(first.body).not.toContain('already');
  });

  it('answers a second /answer with the stored grade, without grading it', () => {
    t.cleanup();
    let graded = 0;
    const real = createGrader();
    t = makeTestEngine({ grader: { grade: (q, text) => (graded++, real.grade(q, text)) } });
    t.posters.register('discord', new RecordingPoster());
    openQuestion(6);
    t.engine.answer(caller(), 'dropout');
    expect(shown(t.engine.answer(caller(), 'L1 regularization, dropout and pruning')).title).toBe('Already answered');
    expect(graded).toBe(1);
  });

  it('refuses empty and oversized answers without storing anything', () => {
    openQuestion(6);
    expect(refusal(() => t.engine.answer(caller(), '   '))).toMatch(/Your answer is empty/);
    expect(refusal(() => t.engine.answer(caller(), 'x'.repeat(4001)))).toMatch(/longer than 4,000 characters/);
    expect(t.store.db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 0 });
  });

  it('says politely when there is no open question', () => {
    expect(refusal(() => t.engine.answer(caller(), 'dropout'))).toBe('There is no open question in this channel. Start a quiz with /quiz start, or ask an admin to set up a daily question with /daily setup.');
    expect(refusal(() => t.engine.ask(caller()))).toMatch(/no open question/);
  });

  it('refuses answers after the question closed, naming the closing time', async () => {
    const id = openQuestion(6);
    t.clock.advance(61_000);
    expect(refusal(() => t.engine.answer(caller(), 'dropout', id))).toBe('This question closed at Mar 2, 2026, 10:01 AM UTC. Watch for the next one!');
    const prompt = t.engine.answerPrompt(caller(), id);
    expect(prompt.open).toBe(false);
    if (!prompt.open) expect(shown(prompt.reply).body).toMatch(/closed at/);
  });

  it('opens the answer modal with the question while open', () => {
    const id = openQuestion(7);
    const p = t.engine.answerPrompt(caller(), id);
    expect(p).toMatchObject({ open: true, roundId: id });
    if (p.open) {
      expect(words(p.title)).toBe('Quiz · Question 7');
      expect(words(p.prompt)).toContain('Does dropout slow down training');
    }
  });

  it('personal practice reveals the model answer and missed points at once, without points', () => {
    const q = t.engine.practice(caller());
    expect(q.visibility).toBe('private');
    const fb = shown(t.engine.answer(caller({ channelId: 'elsewhere' }), 'I am not sure at all', Number(q.buttons![0]!.id.split(':')[1])));
    expect(fb.fields?.map((f) => f.name)).toContain('Model answer');
    expect(fb.body).toMatch(/0 points/);
    const ws = t.store.findWorkspace('discord', 'guild-1')!;
    expect(t.store.findUser(ws.id, 'u1')!.points).toBe(0);
  });

  it('practice never draws a question that is open in a channel of the server', () => {
    const admin = caller({ isAdmin: true });
    t.engine.deckImport(admin, { fileName: 'pair.yaml', text: 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\n' });
    const quiz = shown(t.engine.quizStart(admin, { deck: 'pair', questions: 1, seconds: 600 }));
    const open = quiz.title!.match(/Question (\d)/)![1];
    for (const channelId of ['chan-1', 'chan-2', 'chan-1', 'chan-2']) {
      expect(shown(t.engine.practice(caller({ channelId }), 'pair')).title).not.toContain(`Question ${open}`);
    }
  });

  it('practice says so when every question of the deck is open in a channel', () => {
    const admin = caller({ isAdmin: true });
    t.engine.deckImport(admin, { fileName: 'gold.yaml', text: 'What is the chemical symbol for gold?:\n- Au\n' });
    t.engine.quizStart(admin, { deck: 'gold', questions: 1, seconds: 600 });
    expect(refusal(() => t.engine.practice(caller({ channelId: 'chan-2' }), 'gold'))).toMatch(/Every question of .* is open in a channel right now/);
  });

  it('/answer goes to the member\'s practice question once they have answered the channel\'s question', () => {
    openQuestion(6);
    t.engine.answer(caller(), 'dropout');
    t.engine.practice(caller());
    const fb = shown(t.engine.answer(caller(), 'I am not sure at all'));
    expect(fb.title).toBe('Your grade');
    expect(fb.fields?.map((f) => f.name)).toContain('Model answer');
  });

  it('/answer still goes to the channel\'s question the member has not answered, with practice open', () => {
    openQuestion(6);
    t.engine.practice(caller());
    const fb = shown(t.engine.answer(caller(), 'L1 regularization, dropout and pruning'));
    expect(fb.body).toContain('revealed when the question closes');
  });
});

describe('display names', () => {
  it('follow the member when they rename, and back again', () => {
    const t2 = makeTestEngine();
    try {
      for (const [i, name] of ['Ada', 'Ada L.', 'Ada'].entries()) {
        const c = caller({ userName: name, channelId: `c${i}` });
        t2.engine.quizStart(c, { questions: 1 });
        t2.engine.answer(c, 'dropout');
        expect(shown(t2.engine.leaderboard(c, {})).body).toContain(`${name}:`);
      }
    } finally {
      t2.cleanup();
    }
  });
});
