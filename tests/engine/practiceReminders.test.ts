import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';
import type { Caller } from '../../src/engine/types.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-02T10:00:00Z' });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
  t.engine.deckImport(caller({ isAdmin: true }), {
    fileName: 'metals.yaml',
    text: 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\nWhat is the chemical symbol for silver?:\n- Ag\n',
  });
});
afterEach(() => t.cleanup());

const symbols: Record<string, string> = { gold: 'Au', iron: 'Fe', silver: 'Ag' };
const ada = caller();
const bo = caller({ userId: 'u2', userName: 'Bo' });

/** Practises one question of the deck, well or badly: badly leaves a card due within minutes, well one due days later. */
function practise(c: Caller, well: boolean): void {
  const q = t.engine.practice(c, 'metals');
  const metal = shown(q).body!.match(/symbol for (\w+)/)![1]!;
  t.engine.answer(c, well ? symbols[metal]! : 'no idea', Number(q.buttons![0]!.id.split(':')[1]));
}

/** Moves the clock to `iso` and runs the scheduler's tick there. */
async function tickAt(iso: string, engine = t.engine): Promise<void> {
  t.clock.set(iso);
  await engine.tick();
}

const remindersTo = (userId: string) => poster.notified.filter((n) => n.member.userId === userId);

describe('practice reminders', () => {
  it('sends one private message at the local time on a day with cards due', async () => {
    practise(ada, false);
    shown(t.engine.practiceRemind(ada, { time: '08:00', timezone: 'UTC' }));
    await tickAt('2026-03-03T07:59:00Z');
    expect(poster.notified).toHaveLength(0);
    await tickAt('2026-03-03T08:00:00Z');
    await tickAt('2026-03-03T08:01:00Z');
    await tickAt('2026-03-03T20:00:00Z');
    expect(poster.notified).toHaveLength(1);
    const n = poster.notified[0]!;
    expect(n.member).toEqual({ platform: 'discord', workspaceId: 'guild-1', userId: 'u1' });
    expect(shown(n.reply).body).toBe('You have 1 practice card due today. Practise with /practice; to stop these messages, use /practice remind `off`.');
    expect(n.reply.visibility).toBe('private');
    await tickAt('2026-03-04T08:00:00Z');
    expect(poster.notified).toHaveLength(2);
  });

  it('sends nothing on a day with no cards due', async () => {
    practise(ada, true);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'UTC' });
    await tickAt('2026-03-03T08:00:00Z');
    t.engine.practiceRemind(bo, { time: '08:00', timezone: 'UTC' });
    await tickAt('2026-03-04T08:00:00Z');
    expect(remindersTo('u2')).toHaveLength(0);
    expect(poster.notified).toHaveLength(0);
  });

  it('is not sent again after a restart the same day', async () => {
    practise(ada, false);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'UTC' });
    await tickAt('2026-03-03T08:00:00Z');
    expect(poster.notified).toHaveLength(1);
    t = t.restart();
    const after = new RecordingPoster();
    t.posters.register('discord', after);
    await tickAt('2026-03-03T08:00:30Z');
    await tickAt('2026-03-03T12:00:00Z');
    expect(after.notified).toHaveLength(0);
  });

  it('two processes ticking at once send it once', async () => {
    practise(ada, false);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'UTC' });
    const other = makeTestEngine({ dir: t.dir, clock: t.clock });
    const otherPoster = new RecordingPoster();
    other.posters.register('discord', otherPoster);
    try {
      t.clock.set('2026-03-03T08:00:00Z');
      await Promise.all([t.engine.tick(), other.engine.tick()]);
      expect(poster.notified.length + otherPoster.notified.length).toBe(1);
    } finally {
      other.close();
    }
  });

  it('fires at the local time of its timezone: 08:00 Europe/Berlin is an hour before 08:00 UTC', async () => {
    practise(ada, false);
    practise(bo, false);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'Europe/Berlin' });
    t.engine.practiceRemind(bo, { time: '08:00', timezone: 'UTC' });
    await tickAt('2026-03-03T07:00:00Z');
    expect([remindersTo('u1').length, remindersTo('u2').length]).toEqual([1, 0]);
    await tickAt('2026-03-03T08:00:00Z');
    expect([remindersTo('u1').length, remindersTo('u2').length]).toEqual([1, 1]);
  });

  it('off stops it', async () => {
    practise(ada, false);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'UTC' });
    expect(shown(t.engine.practiceRemind(ada, { off: true })).body).toBe('Practice reminders are off. Turn them back on with /practice remind.');
    await tickAt('2026-03-03T08:00:00Z');
    await tickAt('2026-03-04T08:00:00Z');
    expect(poster.notified).toHaveLength(0);
  });

  it('a timezone left out is the member’s last one, else UTC, and the reply says which', () => {
    const first = shown(t.engine.practiceRemind(ada, { time: '8:00' })).body!;
    expect(first).toMatch(/at 08:00 \(UTC\)\. The next check is .+\.\nNo timezone given, so I used UTC; add yours after the time/);
    t.engine.practiceRemind(ada, { time: '08:00', timezone: 'Europe/Berlin' });
    t.engine.practiceRemind(ada, { off: true });
    expect(shown(t.engine.practiceRemind(ada, { time: '09:30' })).body).toMatch(/at 09:30 \(Europe\/Berlin\).+\nNo timezone given, so I kept your last one: Europe\/Berlin\.$/s);
    expect(shown(t.engine.practiceRemind(ada, { time: '09:30', timezone: 'Asia/Tokyo' })).body).not.toMatch(/No timezone given/);
  });

  it('refuses a time or timezone it cannot read', () => {
    expect(() => t.engine.practiceRemind(ada, { time: '25:00' })).toThrow();
    expect(() => t.engine.practiceRemind(ada, { time: '08:00', timezone: 'Mars/Olympus' })).toThrow();
  });

  it('reads in German', () => {
    const s = shown(t.engine.practiceRemind(ada, { time: '08:00' }), 'de');
    expect(s.body).toMatch(/^An Tagen, an denen Karten fällig sind, schicke ich dir um 08:00 \(UTC\)/);
  });
});
