import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import type { Grade, Grader } from '../../src/core/grading/grader.ts';
import { GRADER_VERSION } from '../../src/core/grading/graderVersion.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { storedGrade } from '../../src/engine/storedGrade.ts';
import type { AnswerRow } from '../../src/store/rows.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const loaded = loadDeckFile(fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped deck does not load');
const question = (n: number) => loaded.deck.questions.find((q) => q.number === n)!;

/** A grader that disagrees with every stored grade: full marks for anything. */
const generous: Grader = {
  grade: (): Grade => ({ score: 1, verdict: 'correct', matched: ['everything'], missed: [], feedback: 'Generous.', contradicted: [], confidence: 0.5, graderVersion: 'generous-1' }),
};

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine();
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

/** Opens a one-question quiz on question n in a channel; returns its round id. */
function openQuestion(n: number, channelId: string): number {
  const reply = t.engine.quizStart(caller({ channelId }), { questions: 1, seconds: 60 });
  const roundId = Number(reply.buttons![0]!.id.split(':')[1]);
  t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, roundId);
  return roundId;
}

const row = (roundId: number) => t.store.db.prepare('SELECT * FROM answers WHERE round_id = ?').get(roundId) as AnswerRow;
const fields = (r: { fields?: { name: string; value: string }[] }) => Object.fromEntries((r.fields ?? []).map((f) => [f.name, f.value]));

describe('stored grades', () => {
  it("store the grader's confidence, version and contradicted points with each answer", () => {
    const answers: [number, string][] = [
      [6, 'L1 regularization, dropout and pruning'],
      [6, 'dropout'],
      [1, "No, all weights must be different or they learn the same thing"],
      [7, 'idk'],
    ];
    const grader = createGrader();
    answers.forEach(([n, text], i) => {
      const id = openQuestion(n, `c${i}`);
      t.engine.answer(caller({ channelId: `c${i}` }), text);
      const g = grader.grade(question(n), text);
      const stored = row(id);
      expect(stored.grader_version).toBe(GRADER_VERSION);
      expect(stored.confidence).toBe(g.confidence);
      expect(JSON.parse(stored.contradicted)).toEqual(g.contradicted);
      expect({ ...storedGrade(stored) }).toEqual({ score: g.score, verdict: g.verdict, matched: g.matched, missed: g.missed, feedback: g.feedback, contradicted: g.contradicted, confidence: g.confidence, graderVersion: g.graderVersion });
    });
  });

  it('read legacy answers (no confidence or version stored) as confidence 1 from grader "legacy"', () => {
    const legacy: AnswerRow = { id: 1, round_id: 1, user_id: 1, text: 'dropout', score: 0.5, verdict: 'partial', matched: '["dropout"]', missed: '["pruning"]', feedback: 'f', points: 5, answered_at: 0, confidence: null, grader_version: null, contradicted: '[]' };
    expect(storedGrade(legacy)).toEqual({ score: 0.5, verdict: 'partial', matched: ['dropout'], missed: ['pruning'], feedback: 'f', contradicted: [], confidence: 1, graderVersion: 'legacy' });
  });

  it('never change when the grader changes: stats, leaderboard, reveal and repeat answers keep them', async () => {
    const ada = caller({ channelId: 'c1' });
    const bob = caller({ channelId: 'c1', userId: 'u2', userName: 'Bob' });
    const id = openQuestion(6, 'c1');
    t.clock.advance(59_000);
    t.engine.answer(ada, 'L1 regularization, dropout and pruning');
    t.engine.answer(bob, 'no idea');
    const before = {
      rows: t.store.db.prepare('SELECT * FROM answers ORDER BY id').all(),
      adaStats: fields(t.engine.stats(ada)),
      bobStats: fields(t.engine.stats(bob)),
      board: t.engine.leaderboard(ada, { period: 'all' }).body,
      adaAgain: t.engine.answer(ada, 'something else entirely').body,
      bobAgain: t.engine.answer(bob, 'L1 regularization, dropout and pruning').body,
    };

    // Restart on the same file with a grader that would give everyone full marks.
    t = t.restart({ grader: generous });
    t.posters.register('discord', poster);
    expect(t.store.db.prepare('SELECT * FROM answers ORDER BY id').all()).toEqual(before.rows);
    expect(fields(t.engine.stats(ada))).toEqual(before.adaStats);
    expect(fields(t.engine.stats(bob))).toEqual(before.bobStats);
    expect(t.engine.leaderboard(ada, { period: 'all' }).body).toBe(before.board);
    expect(t.engine.answer(ada, 'anything').body).toBe(before.adaAgain);
    expect(t.engine.answer(bob, 'L1 regularization, dropout and pruning').body).toBe(before.bobAgain);

    // The reveal counts full marks from the stored verdicts, not the new grader's.
    t.clock.advance(2_000);
    await t.engine.tick();
    const reveal = poster.sent.find((s) => s.reply.kind === 'reveal');
    expect(reveal).toBeDefined();
    const wsId = t.store.findWorkspace('discord', 'guild-1')!.id;
    const names = new Map([[t.store.findUser(wsId, 'u1')!.id, 'Ada'], [t.store.findUser(wsId, 'u2')!.id, 'Bob']]);
    const storedFullMarks = (before.rows as AnswerRow[]).filter((r) => r.verdict === 'correct').map((r) => names.get(r.user_id));
    expect(fields(reveal!.reply)['Full marks']).toBe(storedFullMarks.length ? storedFullMarks.join(', ') : 'nobody this time');
    expect(row(id).grader_version).toBe(GRADER_VERSION);
  });
});
