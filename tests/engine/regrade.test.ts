import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Grade, Grader } from '../../src/core/grading/grader.ts';
import { GRADER_VERSION } from '../../src/core/grading/graderVersion.ts';
import { raw } from '../../src/core/text.ts';
import { loadDeckDir } from '../../src/decks/loadDeckDir.ts';
import { DeckLibrary } from '../../src/engine/deckLibrary.ts';
import { type RegradeOptions, regrade } from '../../src/engine/regrade.ts';
import type { StoredAnswerRow } from '../../src/store/rows.ts';
import { dumpDb } from '../helpers/dbDump.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const builtIn = loadDeckDir(loadConfig({}).DECKS_DIR).decks;

/** A grader whose every grade is the same; its version tells its grades apart. */
function fixedGrader(version: string, grade: Pick<Grade, 'score' | 'verdict'>, o: { zeroFor?: string } = {}): Grader {
  return {
    grade: (_q, text): Grade => {
      const g = text === o.zeroFor ? { score: 0, verdict: 'incorrect' as const } : grade;
      return { ...g, matched: [], missed: [], feedback: raw(`graded by ${version}`), contradicted: g.score ? [] : ['the point'], confidence: 0.25, graderVersion: version };
    },
  };
}
const stingy = fixedGrader('stingy-1', { score: 0, verdict: 'incorrect' });
const generous = fixedGrader('generous-1', { score: 1, verdict: 'correct' });

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const run = (grader: Grader, graderVersion: string, o: Partial<RegradeOptions> = {}) =>
  regrade({ store: t.store, decks: new DeckLibrary(t.store, builtIn), grader, graderVersion }, { dryRun: false, ...o });
const summary = (r: ReturnType<typeof run>) => {
  if (!r.ok) throw new Error(r.error);
  return r.summary;
};
const answers = () => t.store.db.prepare('SELECT * FROM answers ORDER BY id').all() as StoredAnswerRow[];
const ada = caller({ channelId: 'c1' });
const bob = caller({ channelId: 'c1', userId: 'u2', userName: 'Bob' });
const fields = (c: ReturnType<typeof caller>) => Object.fromEntries(shown(t.engine.stats(c)).fields!.map((f) => [f.name, f.value]));

/** A one-question quiz on question n in channel c1, answered by each member after `afterMs`. */
async function quiz(n: number, texts: [ReturnType<typeof caller>, string][], afterMs = 10_000): Promise<void> {
  const reply = t.engine.quizStart(ada, { questions: 1, seconds: 60 });
  t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, Number(reply.buttons![0]!.id.split(':')[1]));
  t.clock.advance(afterMs);
  for (const [who, text] of texts) t.engine.answer(who, text);
  await t.engine.quizStop(ada);
}

async function playSome(): Promise<void> {
  await quiz(6, [[ada, 'L1 regularization, dropout and pruning'], [bob, 'dropout']]);
  await quiz(1, [[ada, 'no idea'], [bob, 'Yes, the same He-sampled value is fine']], 30_000);
  const p = t.engine.practice(ada);
  t.engine.answer(ada, 'dropout', Number(p.buttons![0]!.id.split(':')[1]));
}

describe('regrade', () => {
  it('in a dry run reports the changes and writes nothing', async () => {
    await playSome();
    const before = dumpDb(t.store.db);
    const rows = answers();
    const s = summary(run(stingy, 'stingy-1', { dryRun: true }));
    expect(dumpDb(t.store.db)).toEqual(before);
    expect(s).toMatchObject({ dryRun: true, examined: rows.length, skipped: 0, failed: 0, regraded: rows.length, graderVersion: 'stingy-1' });
    expect(s.previousVersions).toEqual([{ version: GRADER_VERSION, answers: rows.length }]);
    expect(s.pointsChange).toBe(-rows.reduce((n, r) => n + r.points, 0));
    const moved = rows.filter((r) => r.verdict !== 'incorrect');
    expect(s.verdictChanges.reduce((n, c) => n + c.answers, 0)).toBe(moved.length);
    for (const c of s.verdictChanges) {
      expect(c.to).toBe('incorrect');
      expect(c.answers).toBe(moved.filter((r) => r.verdict === c.from).length);
    }
  });

  it('writes the new grades, points by the scoring rule, and rebuilds leaderboards and stats', async () => {
    await playSome();
    const rounds = new Map((t.store.db.prepare('SELECT * FROM rounds').all() as { id: number; kind: string; opened_at: number; closes_at: number }[]).map((r) => [r.id, r]));
    summary(run(generous, 'generous-1'));
    for (const a of answers()) {
      const r = rounds.get(a.round_id)!;
      const bonus = Math.round(3 * Math.max(0, Math.min(1, (r.closes_at - a.answered_at) / (r.closes_at - r.opened_at))));
      expect(a).toMatchObject({ score: 1, verdict: 'correct', feedback: JSON.stringify(raw('graded by generous-1')), confidence: 0.25, grader_version: 'generous-1', contradicted: '[]', matched: '[]', missed: '[]' });
      expect(a.points).toBe(r.kind === 'practice' ? 0 : 10 + bonus);
    }
    // Two quiz answers each: 10 points plus a bonus of 3 (after 10 s of 60) and 2 (after 30 s).
    expect(fields(ada)).toMatchObject({ Points: '25', Answers: '2 (2 with full marks)', Accuracy: '100% average grade' });
    expect(fields(bob)).toMatchObject({ Points: '25', Answers: '2 (2 with full marks)' });
    expect(shown(t.engine.leaderboard(ada, { period: 'all' })).body).toContain('Ada: 25 pts (2 answers)');
    expect(shown(t.engine.leaderboard(ada, { period: 'today', deck: 'deep-learning-training' })).body).toContain('Bob: 25 pts (2 answers)');

    summary(run(stingy, 'stingy-1'));
    expect(answers().every((a) => a.points === 0 && a.verdict === 'incorrect' && a.contradicted === '["the point"]')).toBe(true);
    expect(fields(ada)).toMatchObject({ Points: '0', Answers: '2 (0 with full marks)', Accuracy: '0% average grade' });
    expect(shown(t.engine.leaderboard(ada, { period: 'all' })).body).toContain('Ada: 0 pts (2 answers)');
  });

  it('leaves answers graded by the current version alone, so a second run finds nothing', async () => {
    await playSome();
    expect(summary(run(stingy, 'stingy-1')).regraded).toBe(answers().length);
    const after = dumpDb(t.store.db);
    expect(summary(run(stingy, 'stingy-1'))).toMatchObject({ examined: 0, regraded: 0 });
    expect(dumpDb(t.store.db)).toEqual(after);
  });

  it('skips answers whose deck or question no longer exists, leaving them as they were', async () => {
    const admin = caller({ channelId: 'c1', isAdmin: true });
    t.engine.deckImport(admin, { fileName: 'capitals.csv', text: 'question,answer\nCapital of France?,Paris\nCapital of Italy?,Rome\n' });
    t.engine.quizStart(admin, { deck: 'capitals', questions: 1, seconds: 60 });
    t.engine.answer(bob, 'Paris');
    await t.engine.quizStop(admin);
    t.engine.deckRemove(admin, 'capitals');
    await quiz(6, [[ada, 'dropout']]);
    t.store.db.prepare('UPDATE rounds SET question = 999 WHERE id = (SELECT MAX(id) FROM rounds)').run();
    await quiz(7, [[ada, 'yes']]);
    const before = answers();
    const s = summary(run(stingy, 'stingy-1'));
    expect(s).toMatchObject({ examined: 3, skipped: 2, regraded: 1 });
    const after = answers();
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]!.grader_version).toBe('stingy-1');
  });

  it('filters by deck and by the version that graded an answer, legacy included', async () => {
    await playSome();
    const [first, ...rest] = answers();
    t.store.db.prepare('UPDATE answers SET grader_version = NULL, confidence = NULL WHERE id = ?').run(first!.id);
    t.store.db.prepare("UPDATE answers SET grader_version = 'old-1' WHERE id = ?").run(rest[0]!.id);

    expect(summary(run(stingy, 'stingy-1', { dryRun: true, fromVersion: 'legacy' }))).toMatchObject({ examined: 1, previousVersions: [{ version: 'legacy', answers: 1 }] });
    expect(summary(run(stingy, 'stingy-1', { dryRun: true, fromVersion: 'old-1' }))).toMatchObject({ examined: 1, previousVersions: [{ version: 'old-1', answers: 1 }] });
    expect(summary(run(stingy, 'stingy-1', { dryRun: true, deck: 'general-science' })).examined).toBe(0);
    expect(summary(run(stingy, 'stingy-1', { dryRun: true, deck: 'deep-learning-training' })).examined).toBe(answers().length);

    summary(run(stingy, 'stingy-1', { fromVersion: 'legacy' }));
    expect(answers().map((a) => a.grader_version)).toEqual([ 'stingy-1', 'old-1', ...rest.slice(1).map(() => GRADER_VERSION)]);
  });

  it('refuses a deck nobody knows and the current version as the one to regrade from', () => {
    expect(run(stingy, 'stingy-1', { deck: 'no-such-deck' })).toEqual({ ok: false, error: 'unknown_deck' });
    expect(run(stingy, 'stingy-1', { fromVersion: 'stingy-1' })).toEqual({ ok: false, error: 'version_is_current' });
  });
});

describe('regrade and daily streaks', () => {
  /** Three daily questions answered by Ada under a grader; her streak as /stats shows it. */
  async function threeDays(grader: Grader): Promise<{ streak: string; user: Record<string, unknown> }> {
    t.cleanup();
    t = makeTestEngine({ now: '2026-03-02T07:00:00Z', grader });
    t.posters.register('discord', new RecordingPoster());
    t.engine.dailySetup(caller({ isAdmin: true }), { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' });
    for (const [day, text] of ['day1', 'day2', 'day3'].entries()) {
      t.clock.set(`2026-03-0${2 + day}T08:00:00Z`);
      await t.engine.tick();
      t.engine.answer(caller(), text);
    }
    return current();
  }
  const current = () => ({
    streak: fields(caller()).Streak!,
    user: t.store.db.prepare("SELECT points, answers, score_sum, full_marks, streak, best_streak, streak_schedule_id, streak_seq FROM users WHERE external_id = 'u1'").get() as Record<string, unknown>,
  });

  it('replays streaks when an answer gains or loses all credit, as if answered under the new grader', async () => {
    const gapOnDay2 = fixedGrader('gap-1', { score: 1, verdict: 'correct' }, { zeroFor: 'day2' });
    const expected = await threeDays(gapOnDay2);
    expect(expected.streak).toBe('1 now, best 1');

    const before = await threeDays(generous);
    expect(before.streak).toBe('3 now, best 3');
    const s = summary(run(gapOnDay2, 'gap-1'));
    expect(s.streakMembers).toBe(1);
    expect(current()).toEqual(expected);

    const back = summary(run(generous, 'generous-1'));
    expect(back.streakMembers).toBe(1);
    expect(current()).toEqual(before);
  });
});
