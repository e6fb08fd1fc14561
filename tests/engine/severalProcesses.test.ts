/**
 * Several bot processes on one database file, each with its own engine and scheduler:
 * every scheduled post (daily questions, quiz turns, reveals, final standings) is sent once.
 * Two engines in this test process on one file stand in for two processes; their ticks
 * interleave wherever a post is awaited, as two processes' would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RecordingPoster, type TestEngine, TestClock, caller, makeTestEngine } from '../helpers/testEngine.ts';

const engines: TestEngine[] = [];
afterEach(() => {
  for (const e of engines.splice(0)) e.cleanup();
});

/** A poster whose posts take a few event-loop turns, like a network round trip. */
class SlowPoster extends RecordingPoster {
  override async post(...a: Parameters<RecordingPoster['post']>) {
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    return super.post(...a);
  }
}

function processes(n: number, now: string) {
  const clock = new TestClock(Date.parse(now));
  const all: { t: TestEngine; poster: SlowPoster }[] = [];
  for (let i = 0; i < n; i++) {
    const t = makeTestEngine({ clock, ...(all[0] ? { dir: all[0].t.dir } : {}) });
    engines.push(t);
    const poster = new SlowPoster();
    t.posters.register('discord', poster);
    all.push({ t, poster });
  }
  const tickAll = async (times = 3) => {
    for (let k = 0; k < times; k++) await Promise.all(all.map((p) => p.t.engine.tick()));
  };
  /** What every process posted, after `marks` (from `mark()`) when given. */
  const sent = (marks?: number[]) => all.flatMap((p, i) => p.poster.sent.slice(marks?.[i] ?? 0));
  const mark = () => all.map((p) => p.poster.sent.length);
  return { clock, all, tickAll, sent, mark };
}

const countBy = <T,>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};

describe('two processes on one database file', () => {
  it('post each of 1,000 schedules due in the same minute once, and the next day reveal and post once', async () => {
    const p = processes(2, '2026-03-02T07:00:00Z');
    const [a, b] = p.all;
    for (let i = 0; i < 1000; i++) {
      const admin = caller({ isAdmin: true, workspaceId: `guild-${i}`, channelId: `daily-${i}` });
      (i % 2 ? a! : b!).t.engine.dailySetup(admin, { channelId: `daily-${i}`, time: '09:00', timezone: 'Europe/Berlin' });
    }
    p.clock.set('2026-03-02T08:00:20Z');
    await p.tickAll();
    const questions = p.sent().filter((s) => s.reply.kind === 'question');
    expect(questions).toHaveLength(1000);
    expect(new Set(questions.map((s) => s.target.channelId)).size).toBe(1000);
    // Both processes did some of the work.
    expect(a!.poster.sent.length).toBeGreaterThan(0);
    expect(b!.poster.sent.length).toBeGreaterThan(0);

    const day1 = p.mark();
    p.clock.set('2026-03-03T08:00:20Z');
    await p.tickAll();
    const day2 = p.sent(day1);
    expect(day2.filter((s) => s.reply.kind === 'question')).toHaveLength(1000);
    const reveals = countBy(day2.filter((s) => s.reply.kind === 'reveal'), (s) => s.target.channelId);
    expect(reveals.size).toBe(1000);
    expect(Math.max(...reveals.values())).toBe(1);
  });

  it('run each quiz turn once: every reveal, next question and final standings is posted once', async () => {
    const p = processes(2, '2026-03-02T10:00:00Z');
    const quizzes = 40;
    for (let i = 0; i < quizzes; i++) p.all[i % 2]!.t.engine.quizStart(caller({ workspaceId: `guild-${i}`, channelId: `quiz-${i}` }), { questions: 3, seconds: 30 });
    for (let turn = 0; turn < 3; turn++) {
      p.clock.advance(30_000);
      await p.tickAll();
    }
    const byChannel = countBy(p.sent(), (s) => `${s.target.channelId} ${s.reply.kind}`);
    for (let i = 0; i < quizzes; i++) {
      expect(byChannel.get(`quiz-${i} reveal`), `quiz-${i}`).toBe(3);
      expect(byChannel.get(`quiz-${i} question`), `quiz-${i}`).toBe(2);
      expect(byChannel.get(`quiz-${i} leaderboard`), `quiz-${i}`).toBe(1);
    }
  });

  it('reveal a stopped quiz round once and post its standings once when both processes close it', async () => {
    const p = processes(2, '2026-03-02T10:00:00Z');
    const [a, b] = p.all;
    a!.t.engine.quizStart(caller(), { questions: 2, seconds: 30 });
    p.clock.advance(30_000);
    // One process times the round out while the other's tick runs too.
    await Promise.all([a!.t.engine.tick(), b!.t.engine.tick(), b!.t.engine.tick()]);
    p.clock.advance(30_000);
    await Promise.all([b!.t.engine.tick(), a!.t.engine.tick()]);
    p.clock.advance(200_000);
    await p.tickAll();
    expect(p.sent().map((s) => s.reply.kind)).toEqual(['reveal', 'question', 'reveal', 'leaderboard']);
  });
});

describe('a process that dies while posting', () => {
  it('leaves its reveal to the other process once its lease has run out, and the quiz goes on', async () => {
    const p = processes(2, '2026-03-02T10:00:00Z');
    const [a, b] = p.all;
    a!.t.engine.quizStart(caller(), { questions: 2, seconds: 30 });
    // A's posts never return: it hangs like a killed process would stop.
    a!.poster.post = () => new Promise(() => undefined);
    p.clock.advance(30_000);
    void a!.t.engine.tick();
    await b!.t.engine.tick();
    expect(b!.poster.sent).toEqual([]);
    p.clock.advance(121_000);
    for (let k = 0; k < 3; k++) await b!.t.engine.tick();
    p.clock.advance(121_000);
    for (let k = 0; k < 3; k++) await b!.t.engine.tick();
    expect(b!.poster.sent.map((s) => s.reply.kind)).toEqual(['reveal', 'question', 'reveal', 'leaderboard']);
  });
});
