import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grade, Grader } from '../../src/core/grading/grader.ts';
import { raw } from '../../src/core/text.ts';
import { replayStreaks } from '../../src/engine/regrade.ts';
import type { Caller } from '../../src/engine/types.ts';
import { dumpDb } from '../helpers/dbDump.ts';
import { refusal, refusalOf, shown, words } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

/**
 * A grader that reads its verdict from the answer: "right…" is correct, "half…" partial,
 * anything else incorrect; "unsure" in the text makes it unsure (confidence 0.3).
 */
const scripted: Grader = {
  grade: (_q, text): Grade => {
    const [score, verdict] = text.startsWith('right') ? [1, 'correct' as const] : text.startsWith('half') ? [0.6, 'partial' as const] : [0, 'incorrect' as const];
    return { score, verdict, matched: score ? ['the point'] : [], missed: score === 1 ? [] : ['the other point'], contradicted: [], feedback: raw(`graded: ${verdict}`), confidence: text.includes('unsure') ? 0.3 : 0.9, graderVersion: 'scripted-1' };
  },
};

/** Grades below this confidence are provisional, whatever the shipped default. */
const settings = { reviewBelowConfidence: 0.5 };

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine({ grader: scripted, settings });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const ada = caller();
const bob = caller({ userId: 'u2', userName: 'Bob' });
const reviewer2 = caller({ userId: 'rev', userName: 'Rita', isReviewer: true });

/** A one-question quiz on question n, answered by each member 10 s in; closed at the end. */
async function quiz(n: number, answers: [Caller, string][]): Promise<number[]> {
  const reply = t.engine.quizStart(admin, { questions: 1, seconds: 60 });
  t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, Number(reply.buttons![0]!.id.split(':')[1]));
  t.clock.advance(10_000);
  const ids = answers.map(([who, text]) => {
    const r = t.engine.answer(who, text);
    return Number(r.buttons?.find((b) => b.id.startsWith('appeal:'))?.id.split(':')[1]);
  });
  await t.engine.quizStop(admin);
  return ids;
}

const answerRow = (id: number) => t.store.db.prepare('SELECT score, verdict, points, provisional FROM answers WHERE id = ?').get(id);
const stats = (c: Caller) => Object.fromEntries(shown(t.engine.stats(c)).fields!.map((f) => [f.name, f.value]));
const board = () => shown(t.engine.leaderboard(admin, { period: 'all' })).body;

describe('appeals', () => {
  it('puts an Appeal button on feedback, and shows an unsure grade as provisional', () => {
    t.engine.quizStart(admin, { questions: 1, seconds: 60 });
    const sure = shown(t.engine.answer(ada, 'half of it'));
    expect(sure.buttons).toEqual([{ id: expect.stringMatching(/^appeal:\d+$/), label: 'Appeal' }]);
    expect(sure.body).not.toContain('Provisional');
    const unsure = shown(t.engine.answer(bob, 'half of it, unsure'));
    expect(unsure.body).toContain('Provisional: a reviewer will check it.');
    // Asking again repeats the stored grade, still provisional and still appealable.
    const again = shown(t.engine.answer(bob, 'something else'));
    expect(again.body).toContain('Provisional');
    expect(again.buttons?.[0]?.id).toBe(unsure.buttons?.[0]?.id);
  });

  it('accepts one appeal per answer and refuses a second politely', async () => {
    const [id] = await quiz(6, [[ada, 'wrong answer']]);
    const r = shown(t.engine.appeal(ada, { answerId: id!, reason: 'I said the same in other words' }));
    expect(r.title).toBe('Appeal received');
    expect(r.body).toContain('A reviewer will look at your answer to question 6 (deep-learning-training)');
    expect(r.body).toContain('I said the same in other words');
    expect(refusal(() => t.engine.appeal(ada, { answerId: id!, reason: 'again' }))).toBe('You already appealed this grade on Mar 2, 2026, 10:00 AM UTC. One appeal per answer: a reviewer will decide it.');
    expect(t.engine.appealPrompt(ada, id!)).toMatchObject({ open: false });
    expect(t.store.db.prepare('SELECT answer_id, reason, status FROM appeals').all()).toEqual([{ answer_id: id, reason: 'I said the same in other words', status: 'pending' }]);
  });

  it('accepts appeals until APPEAL_DAYS after the question closed, then refuses them', async () => {
    const [id] = await quiz(6, [[ada, 'wrong answer']]);
    expect(t.engine.appealPrompt(ada, id!)).toMatchObject({ open: true, answerId: id, title: expect.anything() });
    t.clock.advance(7 * 86_400_000 - 1);
    expect(t.engine.appealPrompt(ada, id!).open).toBe(true);
    t.clock.advance(1);
    expect(refusal(() => t.engine.appeal(ada, { answerId: id!, reason: 'late' }))).toBe(
      'Sorry, the time to appeal this grade ended on Mar 9, 2026, 10:00 AM UTC, 7 days after the question closed.',
    );
    const prompt = t.engine.appealPrompt(ada, id!);
    expect(prompt.open).toBe(false);
    if (!prompt.open) expect(words(shown(prompt.reply).body)).toContain('the time to appeal this grade ended');
    expect(t.store.db.prepare('SELECT COUNT(*) AS n FROM appeals').get()).toEqual({ n: 0 });
  });

  it('refuses unknown answers and other members’ answers, and finds the latest answer when none is named', async () => {
    const [adas, bobs] = await quiz(6, [[ada, 'wrong'], [bob, 'wrong too']]);
    expect(refusal(() => t.engine.appeal(bob, { answerId: adas!, reason: 'x' }))).toBe('That is someone else’s answer: you can appeal only your own grades.');
    expect(refusal(() => t.engine.appeal(ada, { answerId: 9999, reason: 'x' }))).toMatch(/^I can’t find that answer/);
    expect(refusal(() => t.engine.appeal(caller({ workspaceId: 'other' }), { answerId: adas!, reason: 'x' }))).toMatch(/^I can’t find that answer/);
    expect(refusal(() => t.engine.appeal(caller({ userId: 'new' }), { reason: 'x' }))).toBe('You have no graded answer here to appeal yet.');
    expect(refusal(() => t.engine.appeal(ada, { reason: 'x'.repeat(1001) }))).toBe('Please keep the reason to 1,000 characters; yours has 1,001.');
    t.engine.appeal(bob, { reason: '' });
    expect(t.store.db.prepare('SELECT answer_id FROM appeals').pluck().all()).toEqual([bobs]);
  });

  it('lets practice answers be appealed until APPEAL_DAYS after answering', () => {
    const p = t.engine.practice(ada);
    const r = t.engine.answer(ada, 'wrong', Number(p.buttons![0]!.id.split(':')[1]));
    const id = Number(r.buttons![0]!.id.split(':')[1]);
    t.clock.advance(7 * 86_400_000);
    expect(refusal(() => t.engine.appeal(ada, { answerId: id, reason: 'x' }))).toMatch(/7 days after you answered\.$/);
  });
});

describe('the review queue', () => {
  it('is for reviewers only: admins, members the platform marks, and the server’s reviewer role', async () => {
    await quiz(6, [[ada, 'wrong, unsure']]);
    expect(refusal(() => t.engine.reviewList(ada))).toBe('Only reviewers can do that: admins and members with the reviewer role.');
    const withRole = caller({ userId: 'r1', userName: 'Rolf', roleIds: ['role-7'] });
    expect(refusal(() => t.engine.reviewList(withRole))).toMatch(/^Only reviewers/);
    t.engine.settings(admin, { reviewerRoleId: 'role-7' });
    expect(shown(t.engine.reviewList(withRole)).title).toBe('To review · page 1 of 1');
    expect(shown(t.engine.reviewList(reviewer2)).title).toBe('To review · page 1 of 1');
    expect(shown(t.engine.reviewList(admin)).title).toBe('To review · page 1 of 1');
    await expect(refusalOf(t.engine.reviewDecide(ada, { answerId: 1, verdict: 'correct' }))).resolves.toMatch(/^Only reviewers/);
    await expect(refusalOf(t.engine.gradeSet(ada, { userId: 'u1', question: 6, verdict: 'correct' }))).resolves.toMatch(/^Only reviewers/);
    expect(refusal(() => t.engine.reviewLog(ada))).toMatch(/^Only reviewers/);
  });

  it('lists appeals and provisional grades oldest first, five to a page, with what a reviewer needs', async () => {
    expect(shown(t.engine.reviewList(admin)).body).toBe('Nothing to review: no appeal and no provisional grade is waiting.');
    const members = ['a', 'b', 'c', 'd', 'e', 'f'].map((u) => caller({ userId: u, userName: u.toUpperCase() }));
    // Question 6: three unsure grades (provisional), answered 10 s in.
    await quiz(6, members.slice(0, 3).map((m) => [m, 'half, unsure'] as [Caller, string]));
    // Question 7: three sure grades, appealed later (their waits start then).
    const ids = await quiz(7, members.slice(3).map((m) => [m, 'wrong'] as [Caller, string]));
    t.clock.advance(60_000);
    ids.forEach((id, i) => t.engine.appeal(members[3 + i]!, { answerId: id, reason: `reason ${i}` }));
    // And one that was unsure and appealed counts once, as an appeal.
    t.clock.advance(1000);
    t.engine.appeal(members[0]!, { reason: 'please look' });

    const first = shown(t.engine.reviewList(admin));
    expect(first.title).toBe('To review · page 1 of 2');
    expect(first.body).toBe('6 grades wait for a decision, oldest first.');
    expect(first.fields!.map((f) => f.name)).toEqual([
      '1. Provisional grade of B · Quiz · question 6 (deep-learning-training)',
      '2. Provisional grade of C · Quiz · question 6 (deep-learning-training)',
      '3. Appeal by D · Quiz · question 7 (deep-learning-training)',
      '4. Appeal by E · Quiz · question 7 (deep-learning-training)',
      '5. Appeal by F · Quiz · question 7 (deep-learning-training)',
    ]);
    const item = first.fields![2]!.value;
    expect(item).toMatch(/^\*\*Question:\*\* .+\n\*\*Model answer:\*\* .+/s);
    expect(item).toContain('**Answer:** wrong');
    expect(item).toContain('**Grade:** incorrect, 0%, 0 points (grader’s confidence 90%)');
    expect(item).toContain('Key points missed: the other point');
    expect(item).toContain('**Reason:** reason 0');
    expect(first.fields![0]!.value).toContain('Key points found: the point');
    expect(first.buttons!.slice(0, 3)).toEqual([
      { id: expect.stringMatching(/^review:\d+:correct$/), label: '1: correct' },
      { id: expect.stringMatching(/^review:\d+:partial$/), label: '1: partly right' },
      { id: expect.stringMatching(/^review:\d+:incorrect$/), label: '1: incorrect' },
    ]);
    expect(first.buttons!.at(-1)).toEqual({ id: 'reviewpage:2', label: 'Page 2 ▶' });
    expect(first.footer).toBe('Decide with the buttons, or with /grade set @member question verdict [note].');

    const second = shown(t.engine.reviewList(admin, { page: 2 }));
    expect(second.title).toBe('To review · page 2 of 2');
    expect(second.fields!.map((f) => f.name)).toEqual(['6. Appeal by A · Quiz · question 6 (deep-learning-training)']);
    expect(second.fields![0]!.value).toContain('**Reason:** please look');
    expect(second.buttons!.at(-1)).toEqual({ id: 'reviewpage:1', label: '◀ Page 1' });
    // A page past the end shows the last one.
    expect(shown(t.engine.reviewList(admin, { page: 9 })).title).toBe('To review · page 2 of 2');
  });
});

describe('decisions', () => {
  /** Everything scores rest on, to compare with a recomputation from the stored answers. */
  function totals() {
    t.store.boards.fold();
    return {
      users: t.store.db.prepare('SELECT id, points, answers, round(score_sum, 6) AS score_sum, full_marks, streak, best_streak, streak_schedule_id, streak_seq FROM users ORDER BY id').all(),
      periods: t.store.db.prepare('SELECT * FROM score_periods ORDER BY user_id, period, deck').all(),
      hist: t.store.db.prepare('SELECT * FROM score_hist ORDER BY workspace_id, period, deck, points').all(),
    };
  }
  function fromScratch() {
    t.store.boards.rebuild();
    replayStreaks(t.store, t.store.db.prepare('SELECT id FROM users').pluck().all() as number[]);
    return totals();
  }

  it('re-scores an appealed answer once and moves its member up the leaderboard', async () => {
    const [adas] = await quiz(6, [[ada, 'wrong but fair'], [bob, 'half right']]);
    expect(board()).toMatch(/🥇 Bob: 6 pts \(1 answer\)\n🥈 Ada: 0 pts/);
    t.engine.appeal(ada, { answerId: adas!, reason: 'fair' });

    const r = shown(await t.engine.reviewDecide(admin, { answerId: adas!, verdict: 'correct', note: 'Same idea, well put.' }));
    expect(r.title).toBe('Decision saved');
    expect(r.body).toBe('Ada’s answer to question 6 (deep-learning-training) is now correct, 100% and 13 points (before: incorrect, 0).\nThey were told privately.');
    // 10 points plus the speed bonus she earned answering 10 s into 60.
    expect(answerRow(adas!)).toEqual({ score: 1, verdict: 'correct', points: 13, provisional: 0 });
    expect(stats(ada)).toMatchObject({ Points: '13', Answers: '1 (1 with full marks)', Accuracy: '100% average grade', Rank: '#1 all time' });
    expect(board()).toMatch(/🥇 Ada: 13 pts \(1 answer\)\n🥈 Bob: 6 pts/);
    expect(shown(t.engine.leaderboard(admin, { period: 'today' })).body).toMatch(/🥇 Ada: 13 pts/);
    expect(shown(t.engine.leaderboard(admin, { period: 'week', deck: 'deep-learning-training' })).body).toMatch(/🥇 Ada: 13 pts/);
    expect(totals()).toEqual(fromScratch());

    expect(poster.notified).toHaveLength(1);
    const notice = poster.notified[0]!;
    expect(notice.member).toEqual({ platform: 'discord', workspaceId: 'guild-1', userId: 'u1' });
    expect(shown(notice.reply)).toMatchObject({
      visibility: 'private',
      title: 'Your grade was reviewed',
      body: 'Your appeal was decided.\nYour answer to question 6 (deep-learning-training) is now correct: 100% and 13 points (before: incorrect, 0).\nThe reviewer’s note: Same idea, well put.',
    });
    expect(refusal(() => t.engine.appeal(ada, { answerId: adas!, reason: 'more' }))).toMatch(/^You already appealed/);
  });

  it('refuses a second decision on the same appeal and tells the second reviewer who decided', async () => {
    const [adas] = await quiz(6, [[ada, 'wrong']]);
    t.engine.appeal(ada, { answerId: adas!, reason: 'fair' });
    await t.engine.reviewDecide(admin, { answerId: adas!, verdict: 'partial' });
    t.engine.reviewList(reviewer2);
    const before = dumpDb(t.store.db);
    t.clock.advance(60_000);
    expect(await refusalOf(t.engine.reviewDecide(reviewer2, { answerId: adas!, verdict: 'incorrect' }))).toBe(
      'Boss already decided this on Mar 2, 2026, 10:00 AM UTC: partly right. The first decision stands.',
    );
    expect(dumpDb(t.store.db)).toEqual(before);
    expect(answerRow(adas!)).toEqual({ score: 0.5, verdict: 'partial', points: 5, provisional: 0 });
    expect(poster.notified).toHaveLength(1);
  });

  it('holds when a second process decides the same appeal: the first decision stands', async () => {
    const [adas] = await quiz(6, [[ada, 'wrong']]);
    t.engine.appeal(ada, { answerId: adas!, reason: 'fair' });
    const other = makeTestEngine({ grader: scripted, settings, dir: t.dir, clock: t.clock });
    try {
      other.posters.register('discord', new RecordingPoster());
      await other.engine.reviewDecide(reviewer2, { answerId: adas!, verdict: 'correct' });
      expect(await refusalOf(t.engine.reviewDecide(admin, { answerId: adas!, verdict: 'incorrect' }))).toMatch(/^Rita already decided this .*: correct\. The first decision stands\.$/);
    } finally {
      other.close();
    }
    expect(t.store.db.prepare('SELECT COUNT(*) FROM decisions').pluck().get()).toBe(1);
    // The database itself refuses a second decision on an appeal.
    expect(() =>
      t.store.db.prepare("INSERT INTO decisions (workspace_id, answer_id, deck, question, reviewer_id, decided_at, source, old_score, old_verdict, old_points, new_score, new_verdict, new_points) SELECT workspace_id, answer_id, deck, question, reviewer_id, decided_at, 'provisional', 0, 'incorrect', 0, 0, 'incorrect', 0 FROM decisions").run(),
    ).toThrow(/UNIQUE/);
  });

  it('decides provisional grades from the queue, and refuses answers that wait for nothing', async () => {
    const [unsure, sure] = await quiz(6, [[ada, 'half, unsure'], [bob, 'wrong']]);
    expect(answerRow(unsure!)).toMatchObject({ provisional: 1 });
    await t.engine.reviewDecide(reviewer2, { answerId: unsure!, verdict: 'correct' });
    expect(answerRow(unsure!)).toMatchObject({ verdict: 'correct', provisional: 0 });
    expect(shown(poster.notified[0]!.reply).body).toMatch(/^Your provisional grade was checked\./);
    expect(shown(t.engine.reviewList(admin)).body).toMatch(/^Nothing to review/);
    expect(await refusalOf(t.engine.reviewDecide(admin, { answerId: sure!, verdict: 'correct' }))).toBe('That answer is not waiting for review. To change its grade anyway, use /grade set.');
    expect(await refusalOf(t.engine.reviewDecide(admin, { answerId: 9999, verdict: 'correct' }))).toBe('I can’t find that answer here.');
  });

  it('overrides a grade with /grade set, logs every decision and pages the log newest first', async () => {
    await quiz(6, [[ada, 'wrong'], [bob, 'right']]);
    await quiz(6, [[ada, 'half']]);
    // Ada's latest answer to question 6 is the second one.
    const r = shown(await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'correct', note: 'fine' }));
    expect(r.body).toMatch(/^Ada’s answer to question 6 \(deep-learning-training\) is now correct, 100% and 13 points \(before: partly right, 6\)\./);
    expect(stats(ada)).toMatchObject({ Points: '13', Answers: '2 (1 with full marks)' });
    expect(shown(poster.notified[0]!.reply).body).toMatch(/^A reviewer changed your grade\./);
    // Overrides may follow one another; each is logged.
    t.clock.advance(60_000);
    await t.engine.gradeSet(reviewer2, { userId: 'u2', question: 6, deck: 'deep-learning-training', verdict: 'incorrect' });
    expect(await refusalOf(t.engine.gradeSet(admin, { userId: 'u2', question: 7, verdict: 'correct' }))).toBe('Bob has not answered question 7 of deep-learning-training.');
    expect(await refusalOf(t.engine.gradeSet(admin, { userId: 'nobody', question: 6, verdict: 'correct' }))).toBe('nobody has not answered anything here yet.');

    const log = shown(t.engine.reviewLog(admin));
    expect(log.title).toBe('Decisions · page 1 of 1');
    expect(log.body).toBe(
      [
        '**Mar 2, 2026, 10:01 AM UTC** · Rita on Bob, question 6 (deep-learning-training), override: correct (13) → incorrect (0)',
        '',
        '**Mar 2, 2026, 10:00 AM UTC** · Boss on Ada, question 6 (deep-learning-training), override: partly right (6) → correct (13)',
        'Note: fine',
      ].join('\n'),
    );
    expect(t.store.db.prepare('SELECT source, old_verdict, new_verdict, note FROM decisions ORDER BY id').all()).toEqual([
      { source: 'override', old_verdict: 'partial', new_verdict: 'correct', note: 'fine' },
      { source: 'override', old_verdict: 'correct', new_verdict: 'incorrect', note: '' },
    ]);
    for (let i = 0; i < 11; i++) await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: i % 2 ? 'correct' : 'partial' });
    const page1 = shown(t.engine.reviewLog(admin));
    expect(page1.title).toBe('Decisions · page 1 of 2');
    expect(page1.buttons).toEqual([{ id: 'reviewlog:2', label: 'Page 2 ▶' }]);
    expect(shown(t.engine.reviewLog(admin, { page: 2 })).body.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('replays the daily streak when a decision gives or takes all credit', async () => {
    t.cleanup();
    t = makeTestEngine({ grader: scripted, settings, now: '2026-03-02T07:00:00Z' });
    t.posters.register('discord', new RecordingPoster());
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' });
    const ids: number[] = [];
    for (const [day, text] of ['right', 'wrong', 'right'].entries()) {
      t.clock.set(`2026-03-0${2 + day}T08:00:00Z`);
      await t.engine.tick();
      ids.push(Number(t.engine.answer(ada, text).buttons![0]!.id.split(':')[1]));
    }
    expect(stats(ada).Streak).toBe('1 now, best 1');
    await t.engine.gradeSet(admin, { userId: 'u1', question: t.store.db.prepare('SELECT r.question FROM answers a JOIN rounds r ON r.id = a.round_id WHERE a.id = ?').pluck().get(ids[1]!) as number, verdict: 'partial' });
    expect(stats(ada).Streak).toBe('3 now, best 3');
    expect(totals()).toEqual(fromScratch());
  });

  it('changes nothing when the transaction fails part-way, and decides once when tried again', async () => {
    const [adas] = await quiz(6, [[ada, 'wrong'], [bob, 'right']]);
    t.engine.appeal(ada, { answerId: adas!, reason: 'fair' });
    t.store.boards.fold();
    const before = dumpDb(t.store.db);
    const spy = vi.spyOn(t.store.boards, 'adjust').mockImplementationOnce(() => {
      throw new Error('crash inside the decision');
    });
    await expect(t.engine.reviewDecide(admin, { answerId: adas!, verdict: 'correct' })).rejects.toThrow('crash inside the decision');
    expect(dumpDb(t.store.db)).toEqual(before);
    expect(poster.notified).toHaveLength(0);
    spy.mockRestore();
    await t.engine.reviewDecide(admin, { answerId: adas!, verdict: 'correct' });
    expect(t.store.db.prepare('SELECT COUNT(*) FROM decisions').pluck().get()).toBe(1);
    expect(stats(ada)).toMatchObject({ Points: '13' });
    expect(totals()).toEqual(fromScratch());
  });

  it('tells a German member in German, whatever the reviewer speaks', async () => {
    const hans = caller({ userId: 'u3', userName: 'Hans', locale: 'de' });
    const [id] = await quiz(6, [[hans, 'wrong']]);
    t.engine.appeal(hans, { answerId: id!, reason: 'Das stimmt doch' });
    await t.engine.reviewDecide(caller({ ...admin, locale: 'en-US' }), { answerId: id!, verdict: 'partial', note: 'Halb richtig' });
    const notice = poster.notified[0]!.reply;
    expect(notice.locale).toBe('de');
    expect(shown(notice)).toMatchObject({
      title: 'Deine Bewertung wurde geprüft',
      body: 'Über deinen Einspruch wurde entschieden.\nDeine Antwort auf Frage 6 (deep-learning-training) ist jetzt teilweise richtig: 50\u00a0% und 5 Punkte (vorher: falsch, 0).\nNotiz dazu: Halb richtig',
    });
  });

  it('keeps a decided grade when the operator regrades with another grader', async () => {
    const [adas, bobs] = await quiz(6, [[ada, 'wrong'], [bob, 'wrong']]);
    await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'correct' });
    const { regrade } = await import('../../src/engine/regrade.ts');
    const { DeckLibrary } = await import('../../src/engine/deckLibrary.ts');
    const { loadDeckDir } = await import('../../src/decks/loadDeckDir.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const generous: Grader = { grade: (q, text) => ({ ...scripted.grade(q, `right ${text}`), graderVersion: 'generous-1' }) };
    const r = regrade({ store: t.store, decks: new DeckLibrary(t.store, loadDeckDir(loadConfig({}).DECKS_DIR).decks), grader: generous, graderVersion: 'generous-1' }, { dryRun: false });
    expect(r.ok && r.summary.examined).toBe(1);
    expect(answerRow(adas!)).toMatchObject({ verdict: 'correct', points: 13 });
    expect(answerRow(bobs!)).toMatchObject({ verdict: 'correct' });
  });

  it('a regrade follows the decisions too: an earlier answer saying the same as an accepted one is graded like it', async () => {
    const [adas, bobs] = await quiz(6, [[ada, 'wrong but my book says so'], [bob, 'wrong but my book says so']]);
    await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'correct' });
    // A decision changes no other stored grade by itself…
    expect(answerRow(bobs!)).toMatchObject({ verdict: 'incorrect', points: 0 });
    const { regrade } = await import('../../src/engine/regrade.ts');
    const { DeckLibrary } = await import('../../src/engine/deckLibrary.ts');
    const { loadDeckDir } = await import('../../src/decks/loadDeckDir.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const next: Grader = { grade: (q, text) => ({ ...scripted.grade(q, text), graderVersion: 'scripted-2' }) };
    const r = regrade({ store: t.store, decks: new DeckLibrary(t.store, loadDeckDir(loadConfig({}).DECKS_DIR).decks), grader: next, graderVersion: 'scripted-2' }, { dryRun: false });
    // …but grading again reads it as answering does.
    expect(r.ok && r.summary.verdictChanges).toEqual([{ from: 'incorrect', to: 'correct', answers: 1 }]);
    expect(answerRow(bobs!)).toMatchObject({ verdict: 'correct' });
    expect((answerRow(bobs!) as { points: number }).points).toBeGreaterThan(0);
    expect(answerRow(adas!)).toMatchObject({ verdict: 'correct' });
  });
});

describe('decisions teach the grader', () => {
  it('grades a later answer that says the same as a decided one with the reviewer’s verdict, and says so', async () => {
    t.cleanup();
    t = makeTestEngine();
    t.posters.register('discord', new RecordingPoster());
    const text = 'weights that are L1-penalised, units switched off at random, and connections cut';
    await quiz(6, [[ada, text]]);
    expect(t.store.db.prepare('SELECT verdict FROM answers').pluck().get()).toBe('partial');
    await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'correct' });
    const reply = shown(await (async () => {
      const q = t.engine.quizStart(admin, { questions: 1, seconds: 60 });
      t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
      return t.engine.answer(bob, text);
    })());
    expect(reply.body).toMatch(/^Correct! 100%/);
    expect(reply.body).toContain('graded like an answer a reviewer accepted');
    // Another workspace's decisions teach nothing here.
    const elsewhere = caller({ workspaceId: 'guild-2', userId: 'u9', userName: 'Eve', isAdmin: true });
    const q = t.engine.quizStart(elsewhere, { questions: 1, seconds: 60 });
    t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
    const other = shown(t.engine.answer(elsewhere, text));
    expect(other.body).toMatch(/^Partly right!/);
    expect(other.body).not.toContain('reviewer');
  });
});
