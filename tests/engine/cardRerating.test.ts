import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestEngine, RecordingPoster, caller, makeTestEngine } from '../helpers/testEngine.ts';
import type { Caller } from '../../src/engine/types.ts';
import { loadConfig } from '../../src/config.ts';
import { reviewCard } from '../../src/core/cards/spacedRepetition.ts';
import { raw } from '../../src/core/text.ts';
import { loadDeckDir } from '../../src/decks/loadDeckDir.ts';
import { DeckLibrary } from '../../src/engine/deckLibrary.ts';
import { regrade } from '../../src/engine/regrade.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const ada = caller();
const RIGHT = 'L1 regularization, dropout and pruning';

/** Answers question 6 of the default deck in a one-question quiz in its own channel. */
function answerQ6(who: Caller, text: string, channelId: string): void {
  const c = { ...who, channelId };
  const q = t.engine.quizStart(c, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.engine.answer(c, text);
}

// Cards are read from their tables here: fold first, as every read through the store does.
const card = (userId: string) => (t.store.cards.fold(), t.store.db.prepare('SELECT c.due, c.lapses, c.state FROM cards c JOIN users u ON u.id = c.user_id WHERE u.external_id = ? AND c.question = 6').get(userId)) as { due: number; lapses: number; state: string };
const lastRating = (userId: string) =>
  (t.store.cards.fold(), t.store.db.prepare('SELECT r.rating FROM card_reviews r JOIN cards c ON c.id = r.card_id JOIN users u ON u.id = c.user_id WHERE u.external_id = ? ORDER BY r.reviewed_at DESC, r.id DESC').pluck().get(userId));
const DAY = 86_400_000;

describe('a reviewer’s decision and the member’s card', () => {
  it('an answer decided correct after all rates good, and its card is scheduled as if it had been', async () => {
    answerQ6(ada, 'no idea', 'c1');
    const answeredAt = t.clock.now();
    expect(lastRating('u1')).toBe(1); // again
    const before = card('u1').due;
    await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'correct', note: 'it was right' });
    expect(lastRating('u1')).toBe(3); // good
    expect(card('u1').due).toBeGreaterThan(before);
    expect(card('u1').due).toBe(reviewCard(undefined, 'good', answeredAt).due);
  });

  it('replays a card’s later reviews on top of the changed one', async () => {
    answerQ6(ada, 'no idea', 'c1');
    const first = t.clock.now();
    t.clock.advance(2 * DAY);
    answerQ6(ada, RIGHT, 'c2');
    const second = t.clock.now();
    const secondRating = lastRating('u1') === 4 ? 'easy' : 'good';
    t.clock.advance(DAY);
    const before = card('u1').due;
    // The first answer waits for a reviewer, who finds it right after all.
    const firstAnswer = Number(t.store.db.prepare('SELECT MIN(id) FROM answers').pluck().get());
    t.store.db.prepare('UPDATE answers SET provisional = 1 WHERE id = ?').run(firstAnswer);
    await t.engine.reviewDecide(admin, { answerId: firstAnswer, verdict: 'correct' });
    expect(t.store.db.prepare('SELECT rating FROM card_reviews ORDER BY reviewed_at').pluck().all()).toEqual([3, secondRating === 'easy' ? 4 : 3]);
    expect(card('u1').due).toBe(reviewCard(reviewCard(undefined, 'good', first), secondRating, second).due);
    expect(card('u1').due).not.toBe(before);
  });

  it('an answer decided incorrect rates again, and its card is due again soon', async () => {
    answerQ6(ada, 'no idea', 'c0');
    t.clock.advance(20 * 60_000);
    answerQ6(ada, RIGHT, 'c1');
    const before = card('u1').due;
    await t.engine.gradeSet(admin, { userId: 'u1', question: 6, verdict: 'incorrect', note: 'not quite' });
    expect(lastRating('u1')).toBe(1);
    expect(card('u1').due).toBeLessThan(before);
    expect(card('u1').due - t.clock.now()).toBeLessThan(DAY);
    // The earlier review keeps its own rating.
    expect(t.store.db.prepare('SELECT rating FROM card_reviews ORDER BY reviewed_at').pluck().all()).toEqual([1, 1]);
  });
});

describe('a regrade and the members’ cards', () => {
  it('gives each changed grade’s review its new rating and reschedules the card', () => {
    answerQ6(ada, 'no idea', 'c1');
    const answeredAt = t.clock.now();
    expect(lastRating('u1')).toBe(1);
    const generous = { grade: () => ({ score: 1, verdict: 'correct' as const, matched: [], missed: [], contradicted: [], feedback: raw('fine'), confidence: 0.5, graderVersion: 'generous-1' }) };
    const r = regrade({ store: t.store, decks: new DeckLibrary(t.store, loadDeckDir(loadConfig({}).DECKS_DIR).decks), grader: generous, graderVersion: 'generous-1' }, { dryRun: false });
    expect(r.ok).toBe(true);
    expect(lastRating('u1')).toBe(3);
    expect(card('u1').due).toBe(reviewCard(undefined, 'good', answeredAt).due);
  });
});
