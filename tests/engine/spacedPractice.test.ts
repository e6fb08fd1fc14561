import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-02T10:00:00Z' });
  t.posters.register('discord', new RecordingPoster());
  t.engine.deckImport(caller({ isAdmin: true }), {
    fileName: 'metals.yaml',
    text: 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\nWhat is the chemical symbol for silver?:\n- Ag\n',
  });
});
afterEach(() => t.cleanup());

const DAY = 86_400_000;
const symbols: Record<string, string> = { gold: 'Au', iron: 'Fe', silver: 'Ag' };

const wsId = () => t.store.findWorkspace('discord', 'guild-1')!.id;
const cardOf = (n: number) => t.store.cards.card(t.store.findUser(wsId(), 'u1')!.id, 'metals', n);

/** Practises the deck once: answers well or badly; returns the question number and what practice said. */
function practise(well: boolean) {
  const q = t.engine.practice(caller(), 'metals');
  const s = shown(q);
  const n = Number(s.title!.match(/Question (\d+)/)![1]);
  const metal = s.body!.match(/symbol for (\w+)/)![1]!;
  t.engine.answer(caller(), well ? symbols[metal]! : 'no idea', Number(q.buttons![0]!.id.split(':')[1]));
  return { n, body: s.body! };
}

describe('spaced repetition in practice', () => {
  it('a card answered well comes back later than one answered badly', () => {
    const good = practise(true);
    const bad = practise(false);
    expect(good.n).not.toBe(bad.n);
    expect(cardOf(good.n)!.memory.due).toBeGreaterThan(cardOf(bad.n)!.memory.due + DAY);
    expect(cardOf(bad.n)!.memory).toMatchObject({ reps: 1, phase: 'learning' });
  });

  it('serves the overdue card before new questions, and says how many are due', () => {
    const first = practise(true);
    t.clock.advance(60 * DAY);
    const again = practise(true);
    expect(again.n).toBe(first.n);
    expect(again.body).toMatch(/^1 card of this deck is due now\./);
    expect(cardOf(first.n)!.memory.reps).toBe(2);
  });

  it('serves new questions while nothing is due, then the card due soonest, saying it is early', () => {
    const seen = [practise(true), practise(true), practise(true)].map((x) => x.n);
    expect(new Set(seen).size).toBe(3);
    const dues = seen.map((n) => cardOf(n)!.memory.due);
    const soonest = seen[dues.indexOf(Math.min(...dues))];
    const early = shown(t.engine.practice(caller(), 'metals'));
    // Practice reveals the model answer as soon as the member answers: no "private until the reveal".
    expect(early.footer).toBe('Metals · answer with /answer or the button; the model answer follows your answer at once');
    expect(early.title).toContain(`Question ${soonest}`);
    expect(early.body).toMatch(/^0 cards of this deck are due now; the next one is due .+\.\nNothing is due and you have seen every question, so this card comes early: it is due /);
  });

  it('quiz answers count as reviews', async () => {
    const quiz = shown(t.engine.quizStart(caller(), { deck: 'metals', questions: 1, seconds: 60 }));
    const n = Number(quiz.title!.match(/Question (\d+)/)![1]);
    t.engine.answer(caller(), 'no idea');
    expect(cardOf(n)!.memory).toMatchObject({ reps: 1, lapses: 0, lastReview: t.clock.now() });
    await t.engine.quizStop(caller());
    t.clock.advance(DAY);
    // The card answered in the quiz is due, so practice serves it before the new questions.
    expect(shown(t.engine.practice(caller(), 'metals')).title).toContain(`Question ${n}`);
  });

  it('daily answers count as reviews', async () => {
    t.engine.dailySetup(caller({ isAdmin: true }), { channelId: 'chan-1', time: '10:00', timezone: 'UTC', deck: 'metals' });
    await t.engine.dailyNow(caller({ isAdmin: true }));
    const r = t.store.openInChannel(wsId(), 'chan-1')[0]!;
    expect(r.kind).toBe('daily');
    t.engine.answer(caller(), 'no idea');
    expect(cardOf(r.question)!.memory).toMatchObject({ reps: 1, lastReview: t.clock.now() });
  });

  it('/practice stats: per deck, cards learned, due now and retention over 30 days', () => {
    expect(shown(t.engine.practiceStats(caller())).body).toBe('You have no cards yet. Answer a question, or start with /practice.');
    practise(true);
    practise(false);
    t.clock.advance(DAY);
    const s = shown(t.engine.practiceStats(caller()));
    expect(s.title).toBe('Your practice');
    expect(s.fields!.map((f) => f.value)).toEqual(['2 learned, 1 due now, 50% recalled in the last 30 days']);
    t.clock.advance(31 * DAY);
    expect(shown(t.engine.practiceStats(caller())).fields![0]!.value).toBe('2 learned, 2 due now, no reviews in the last 30 days');
  });

  it('the due line reads in German', () => {
    const first = practise(true);
    t.clock.advance(60 * DAY);
    const s = shown(t.engine.practice(caller(), 'metals'), 'de');
    expect(s.title).toContain(`Frage ${first.n}`);
    expect(s.body).toMatch(/^1 Karte aus diesem Deck ist jetzt fällig\./);
  });
});
