import { afterEach, describe, expect, it } from 'vitest';
import { refusal } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, TestClock, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
const engines: TestEngine[] = [];
afterEach(() => {
  for (const e of engines.splice(0)) e.cleanup();
});

function engine(o: Parameters<typeof makeTestEngine>[0] = {}) {
  const t = makeTestEngine(o);
  engines.push(t);
  const poster = new RecordingPoster();
  t.posters.register('discord', poster);
  return { t, poster };
}

const dailyPosts = (...ps: RecordingPoster[]) => ps.flatMap((p) => p.sent).filter((s) => s.reply.kind === 'question');

describe('daily posts exactly once', () => {
  it('two engines on one database firing at the same moment post once', async () => {
    const clock = new TestClock(Date.parse('2026-03-02T07:59:00Z'));
    const a = engine({ clock });
    const b = engine({ clock, dir: a.t.dir });
    a.t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' });
    clock.set('2026-03-02T08:00:00Z');
    await Promise.all([a.t.engine.tick(), b.t.engine.tick(), a.t.engine.tick(), b.t.engine.tick()]);
    expect(dailyPosts(a.poster, b.poster)).toHaveLength(1);
  });

  it('posts 1,000 channels due in the same minute once each', async () => {
    const { t, poster } = engine({ now: '2026-03-02T07:00:00Z' });
    for (let i = 0; i < 1000; i++) t.engine.dailySetup(admin, { channelId: `c${i}`, time: '09:00', timezone: 'Europe/Berlin' });
    t.clock.set('2026-03-02T08:00:00Z');
    for (let i = 0; i < 5; i++) await t.engine.tick();
    const channels = dailyPosts(poster).map((s) => s.target.channelId);
    expect(channels).toHaveLength(1000);
    expect(new Set(channels).size).toBe(1000);
  });

  it.each([
    ['just before post time', '2026-03-02T07:59:59Z', 1],
    ['at post time', '2026-03-02T08:00:00Z', 1],
    ['an hour after post time', '2026-03-02T09:00:00Z', 1],
  ])('a restart %s still gives one post that day', async (_label, restartAt, expected) => {
    const first = engine({ now: '2026-03-02T07:00:00Z' });
    first.t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' });
    first.t.clock.set(restartAt);
    await first.t.engine.tick();
    const again = first.t.restart();
    engines.push(again);
    again.posters.register('discord', first.poster);
    for (const at of ['2026-03-02T08:00:00Z', '2026-03-02T08:00:30Z', '2026-03-02T10:00:00Z']) {
      if (Date.parse(at) > again.clock.now()) again.clock.set(at);
      await again.engine.tick();
    }
    expect(dailyPosts(first.poster)).toHaveLength(expected);
  });

  it('pausing before midnight and resuming after posts nothing for the paused day and the next on time', async () => {
    const { t, poster } = engine({ now: '2026-03-02T22:00:00Z' });
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '00:30', timezone: 'UTC' });
    t.engine.dailyPause(admin);
    t.clock.set('2026-03-03T00:30:00Z');
    await t.engine.tick();
    t.clock.set('2026-03-03T01:00:00Z');
    t.engine.dailyResume(admin);
    await t.engine.tick();
    expect(dailyPosts(poster)).toHaveLength(0);
    t.clock.set('2026-03-04T00:30:00Z');
    await t.engine.tick();
    expect(dailyPosts(poster)).toHaveLength(1);
  });

  it('posts a New York schedule once on both DST change days', async () => {
    const { t, poster } = engine({ now: '2026-03-07T12:00:00Z' });
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '02:30', timezone: 'America/New_York' });
    for (let h = 0; h < 48; h++) {
      t.clock.advance(3_600_000);
      await t.engine.tick();
    }
    t.clock.set('2026-10-31T12:00:00Z');
    t.engine.dailyResume(admin);
    for (let h = 0; h < 48; h++) {
      t.clock.advance(3_600_000);
      await t.engine.tick();
    }
    const days = t.store.db.prepare("SELECT local_date FROM rounds WHERE kind = 'daily' ORDER BY id").all();
    expect(days).toEqual([{ local_date: '2026-03-08' }, { local_date: '2026-03-09' }, { local_date: '2026-11-01' }, { local_date: '2026-11-02' }]);
    expect(dailyPosts(poster)).toHaveLength(4);
  });

  it('posts a UTC+5:45 schedule at its local time', async () => {
    const { t, poster } = engine({ now: '2026-03-02T00:00:00Z' });
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '08:00', timezone: 'Asia/Kathmandu' });
    t.clock.set('2026-03-02T02:14:00Z');
    await t.engine.tick();
    expect(dailyPosts(poster)).toHaveLength(0);
    t.clock.set('2026-03-02T02:15:00Z');
    await t.engine.tick();
    expect(dailyPosts(poster)).toHaveLength(1);
  });
});

describe('two processes on one database', () => {
  it('see each other\'s questions open and close at once', async () => {
    const clock = new TestClock(Date.parse('2026-03-02T10:00:00Z'));
    const a = engine({ clock });
    const b = engine({ clock, dir: a.t.dir });
    expect(refusal(() => b.t.engine.answer(caller(), 'dropout'))).toMatch(/no open question/);
    a.t.engine.quizStart(caller({ isAdmin: true }), { questions: 1 });
    expect(b.t.engine.answer(caller(), 'dropout').kind).toBe('feedback');
    await a.t.engine.quizStop(caller({ isAdmin: true }));
    expect(refusal(() => b.t.engine.answer(caller({ userId: 'u2' }), 'dropout'))).toMatch(/no open question/);
  });
});
