import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import type { Grade, Grader } from '../../src/core/grading/grader.ts';
import { GRADER_VERSION } from '../../src/core/grading/graderVersion.ts';
import { raw } from '../../src/core/text.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { storedGrade } from '../../src/engine/storedGrade.ts';
import type { Reply } from '../../src/engine/types.ts';
import type { AnswerRow, StoredAnswerRow } from '../../src/store/rows.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const loaded = loadDeckFile(fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped deck does not load');
const question = (n: number) => loaded.deck.questions.find((q) => q.number === n)!;

/** A grader that disagrees with every stored grade: full marks for anything. */
const generous: Grader = {
  grade: (): Grade => ({ score: 1, verdict: 'correct', matched: ['everything'], missed: [], feedback: raw('Generous.'), contradicted: [], confidence: 0.5, graderVersion: 'generous-1' }),
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

const row = (roundId: number) => t.store.db.prepare('SELECT * FROM answers WHERE round_id = ?').get(roundId) as StoredAnswerRow;
/** The answer to a round as the store reads it back. */
const storedAnswer = (roundId: number): AnswerRow => t.store.answerOf(roundId, row(roundId).user_id)!;
const fields = (r: Reply) => Object.fromEntries((shown(r).fields ?? []).map((f) => [f.name, f.value]));
const body = (r: Reply) => shown(r).body;

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
      const stored = storedAnswer(id);
      expect(stored.grader_version).toBe(GRADER_VERSION);
      expect(stored.confidence).toBe(g.confidence);
      expect(stored.contradicted).toEqual(g.contradicted);
      expect({ ...storedGrade(stored) }).toEqual({ score: g.score, verdict: g.verdict, matched: g.matched, missed: g.missed, feedback: g.feedback, contradicted: g.contradicted, confidence: g.confidence, graderVersion: g.graderVersion });
    });
  });

  it('read legacy answers (no confidence or version stored) as confidence 1 from grader "legacy"', () => {
    const id = openQuestion(6, 'c1');
    t.engine.answer(caller({ channelId: 'c1' }), 'dropout');
    t.store.db.prepare('UPDATE answers SET confidence = NULL, grader_version = NULL, contradicted = \'[]\' WHERE round_id = ?').run(id);
    expect(storedGrade(storedAnswer(id))).toMatchObject({ contradicted: [], confidence: 1, graderVersion: 'legacy' });
  });

  it('show the English feedback of answers graded before feedback was stored as a message', () => {
    const ada = caller({ channelId: 'c1' });
    const id = openQuestion(6, 'c1');
    t.engine.answer(ada, 'dropout');
    t.store.db.prepare("UPDATE answers SET feedback = '1 of 3 key points: dropout.' WHERE round_id = ?").run(id);
    expect(storedGrade(storedAnswer(id)).feedback).toEqual(raw('1 of 3 key points: dropout.'));
    expect(shown(t.engine.answer(ada, 'dropout and pruning')).body).toContain('1 of 3 key points: dropout.');
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
      board: body(t.engine.leaderboard(ada, { period: 'all' })),
      adaAgain: body(t.engine.answer(ada, 'something else entirely')),
      bobAgain: body(t.engine.answer(bob, 'L1 regularization, dropout and pruning')),
    };

    // Restart on the same file with a grader that would give everyone full marks.
    t = t.restart({ grader: generous });
    t.posters.register('discord', poster);
    expect(t.store.db.prepare('SELECT * FROM answers ORDER BY id').all()).toEqual(before.rows);
    expect(fields(t.engine.stats(ada))).toEqual(before.adaStats);
    expect(fields(t.engine.stats(bob))).toEqual(before.bobStats);
    expect(body(t.engine.leaderboard(ada, { period: 'all' }))).toBe(before.board);
    expect(body(t.engine.answer(ada, 'anything'))).toBe(before.adaAgain);
    expect(body(t.engine.answer(bob, 'L1 regularization, dropout and pruning'))).toBe(before.bobAgain);

    // The reveal counts full marks from the stored verdicts, not the new grader's.
    t.clock.advance(2_000);
    await t.engine.tick();
    const reveal = poster.sent.find((s) => s.reply.kind === 'reveal');
    expect(reveal).toBeDefined();
    const wsId = t.store.findWorkspace('discord', 'guild-1')!.id;
    const names = new Map([[t.store.findUser(wsId, 'u1')!.id, 'Ada'], [t.store.findUser(wsId, 'u2')!.id, 'Bob']]);
    const storedFullMarks = (before.rows as StoredAnswerRow[]).filter((r) => r.verdict === 'correct').map((r) => names.get(r.user_id));
    expect(fields(reveal!.reply)['Full marks']).toBe(storedFullMarks.length ? storedFullMarks.join(', ') : 'nobody this time');
    expect(row(id).grader_version).toBe(GRADER_VERSION);
  });
});
