import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';
import type { Caller } from '../../src/engine/types.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-03T10:00:00Z' });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
  t.engine.deckImport(caller({ isAdmin: true }), {
    fileName: 'metals.yaml',
    text: 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\nWhat is the chemical symbol for silver?:\n- Ag\n',
  });
});
afterEach(() => t.cleanup());

// Auckland is UTC+13 in March (daylight saving time): 2026-03-04T11:00Z is 00:00 on March 5 there.
const kiwi = caller({ userId: 'nz', userName: 'Kiri' });
const brit = caller({ userId: 'uk', userName: 'Ben' });

/** Answers one practice question badly, then moves that card's due time to `dueIso`. */
function cardDueAt(c: Caller, dueIso: string): void {
  const q = t.engine.practice(c, 'metals');
  t.engine.answer(c, 'no idea', Number(q.buttons![0]!.id.split(':')[1]));
  // The answer reviews the card when cards are next read; read them before setting its due time.
  t.store.cards.fold();
  t.store.db.prepare('UPDATE cards SET due = ? WHERE user_id = (SELECT id FROM users WHERE external_id = ?)').run(Date.parse(dueIso), c.userId);
}

const practiceIntro = (c: Caller) => shown(t.engine.practice(c, 'metals')).body.split('\n\n')[0]!;

describe('due counts in the member’s timezone', () => {
  it('counts a card as due later today by the member’s own day, across midnight in Auckland', () => {
    // Kiri set reminders in Auckland once and turned them off: that timezone is still hers.
    t.engine.practiceRemind(kiwi, { time: '08:00', timezone: 'Pacific/Auckland' });
    t.engine.practiceRemind(kiwi, { off: true });
    cardDueAt(kiwi, '2026-03-04T12:00:00Z');
    cardDueAt(brit, '2026-03-04T12:00:00Z');

    t.clock.set('2026-03-04T09:00:00Z'); // 22:00 on March 4 in Auckland, 09:00 in London
    expect(practiceIntro(brit)).toBe('0 cards of this deck are due now; the next one is due Mar 4, 2026, 12:00 PM.\n1 more is due later today (UTC).');
    expect(practiceIntro(kiwi)).toBe('0 cards of this deck are due now; the next one is due Mar 5, 2026, 1:00 AM.');

    t.clock.set('2026-03-04T11:30:00Z'); // 00:30 on March 5 in Auckland: a new day there
    expect(practiceIntro(kiwi)).toBe('0 cards of this deck are due now; the next one is due Mar 5, 2026, 1:00 AM.\n1 more is due later today (Pacific/Auckland).');
  });
});

describe('practice reminders in the member’s timezone', () => {
  const remindersTo = (userId: string) => poster.notified.filter((n) => n.member.userId === userId);

  it('remind at the local time of cards due that local day, once a day across restarts', async () => {
    // Due at 02:00 UTC on March 4: 15:00 that day in Auckland, still March 4 in UTC.
    cardDueAt(kiwi, '2026-03-04T02:00:00Z');
    cardDueAt(brit, '2026-03-04T02:00:00Z');
    t.engine.practiceRemind(kiwi, { time: '08:00', timezone: 'Pacific/Auckland' });
    t.engine.practiceRemind(brit, { time: '08:00', timezone: 'UTC' });

    t.clock.set('2026-03-03T19:00:00Z'); // 08:00 on March 4 in Auckland
    await t.engine.tick();
    expect(remindersTo('nz').map((n) => shown(n.reply).body)).toEqual([expect.stringMatching(/^You have 1 practice card due today\./)]);
    expect(remindersTo('uk')).toHaveLength(0);

    t = t.restart();
    t.posters.register('discord', poster);
    t.clock.set('2026-03-04T08:00:00Z'); // 08:00 in London; 21:00 in Auckland, where it was sent today
    await t.engine.tick();
    t.clock.set('2026-03-04T08:00:30Z');
    await t.engine.tick();
    expect([remindersTo('nz').length, remindersTo('uk').length]).toEqual([1, 1]);

    t = t.restart();
    t.posters.register('discord', poster);
    t.clock.set('2026-03-04T19:00:00Z'); // 08:00 on March 5 in Auckland: the card is still due
    await t.engine.tick();
    await t.engine.tick();
    expect([remindersTo('nz').length, remindersTo('uk').length]).toEqual([2, 1]);
  });
});
