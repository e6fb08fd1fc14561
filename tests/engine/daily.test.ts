import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/engine/errors.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let t: TestEngine;
afterEach(() => t.cleanup());

function setup(now: string, o: { time?: string; timezone?: string; settings?: object } = {}) {
  t = makeTestEngine({ now, settings: o.settings ?? {} });
  const poster = new RecordingPoster();
  t.posters.register('discord', poster);
  t.engine.dailySetup(admin, { channelId: 'chan-1', time: o.time ?? '09:00', timezone: o.timezone ?? 'Europe/Berlin' });
  return poster;
}

const questionsPosted = (p: RecordingPoster) => p.sent.filter((s) => s.reply.kind === 'question');

describe('daily questions', () => {
  it('is for admins only and validates time and timezone', () => {
    t = makeTestEngine();
    expect(() => t.engine.dailySetup(caller(), { channelId: 'c', time: '09:00', timezone: 'UTC' })).toThrow(/Only server admins/);
    expect(() => t.engine.dailySetup(admin, { channelId: 'c', time: '25:00', timezone: 'UTC' })).toThrow(/HH:MM/);
    expect(() => t.engine.dailySetup(admin, { channelId: 'c', time: '09:00', timezone: 'Mars/Olympus' })).toThrow(/IANA/);
  });

  it('posts at the local time, then reveals the previous question before the next one', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    await t.engine.tick();
    expect(p.sent).toHaveLength(0);
    t.clock.set('2026-03-02T08:00:00Z'); // 09:00 in Berlin (UTC+1)
    await t.engine.tick();
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    t.engine.answer(caller(), 'dropout');
    t.clock.set('2026-03-03T08:00:00Z');
    await t.engine.tick();
    expect(p.sent.map((s) => s.reply.kind)).toEqual(['question', 'reveal', 'question']);
    expect(p.sent[1]!.reply.fields?.find((f) => f.name === 'Answers')?.value).toBe('1');
  });

  it('walks every question of the deck once before repeating', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    const seen: string[] = [];
    for (let day = 0; day < 14; day++) {
      t.clock.set(new Date(Date.parse('2026-03-02T08:00:00Z') + day * 86_400_000).toISOString());
      await t.engine.tick();
    }
    for (const s of questionsPosted(p)) seen.push(s.reply.title!);
    expect(seen).toHaveLength(14);
    expect(new Set(seen.slice(0, 7)).size).toBe(7);
    expect(new Set(seen.slice(7)).size).toBe(7);
  });

  it('pauses and resumes without catching up the paused days', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    t.engine.dailyPause(admin);
    t.clock.set('2026-03-04T08:30:00Z');
    await t.engine.tick();
    expect(p.sent).toHaveLength(0);
    const r = t.engine.dailyResume(admin);
    expect(r.body).toContain('2026-03-05 09:00 Europe/Berlin');
    await t.engine.tick();
    expect(p.sent).toHaveLength(0);
  });

  it('catches up a missed post inside the grace period, once, and skips it after', async () => {
    let p = setup('2026-03-02T07:00:00Z');
    t.clock.set('2026-03-02T10:00:00Z'); // two hours late, grace is 3 h
    await t.engine.tick();
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    t.cleanup();
    p = setup('2026-03-02T07:00:00Z');
    t.clock.set('2026-03-02T12:00:00Z'); // four hours late
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(0);
    expect(t.engine.dailyStatus(admin).fields![0]!.value).toContain('Next post: 2026-03-03 09:00');
  });

  it('never posts the same day twice across a restart', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    t = t.restart();
    t.posters.register('discord', p);
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
  });

  it('finishes a claim left by a crash between sending and recording without posting again', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    t.clock.set('2026-03-02T08:00:00Z');
    // Simulate the crash: the platform got the message but the database never recorded it.
    const real = p.post.bind(p);
    p.post = async (target, reply) => {
      await real(target, reply);
      throw new Error('process died here');
    };
    await t.engine.tick();
    p.post = real;
    const id = (t.store.db.prepare("SELECT id FROM rounds WHERE kind = 'daily'").get() as { id: number }).id;
    t.store.db.prepare('UPDATE rounds SET retry_at = NULL, attempts = 0 WHERE id = ?').run(id);
    t.clock.advance(5 * 60_000);
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    expect(t.store.round(id)!.state).toBe('open');
  });

  it('retries a failing channel with back-off and shows the failure in /daily status', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    p.fail = () => new DeliveryError('Discord is having trouble (HTTP 503)', true);
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    const status = t.engine.dailyStatus(admin).fields![0]!.value;
    expect(status).toContain('Failing');
    expect(status).toContain('HTTP 503');
    p.fail = undefined;
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(0);
    t.clock.advance(31_000);
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    expect(t.engine.dailyStatus(admin).fields![0]!.value).not.toContain('Failing');
  });

  it('/daily now posts at once and the regular post that day does not double it', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    const r = await t.engine.dailyNow(admin);
    expect(r.body).toMatch(/Posted question \d/);
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    // The early question stays open until the next regular post, tomorrow.
    expect(t.engine.ask(caller()).kind).toBe('question');
    expect(t.engine.dailyStatus(admin).fields![0]!.value).toContain('Next post: 2026-03-03 09:00');
    t.clock.set('2026-03-03T08:00:00Z');
    await t.engine.tick();
    expect(p.sent.map((s) => s.reply.kind)).toEqual(['question', 'reveal', 'question']);
  });

  it('counts streaks over posted daily questions, so a day without a post does not break them', async () => {
    setup('2026-03-02T07:00:00Z');
    const answerToday = (text: string) => {
      t.store.db.prepare("UPDATE rounds SET question = 6 WHERE kind = 'daily' AND state = 'open'").run();
      t.engine.answer(caller(), text);
    };
    const streak = () => t.engine.stats(caller()).fields!.find((f) => f.name === 'Streak')!.value;
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    answerToday('L1 regularization, dropout and pruning');
    // The bot is down on 3 and 4 March: no question, then it comes back after the grace period.
    t.clock.set('2026-03-05T08:00:00Z');
    await t.engine.tick();
    await t.engine.tick();
    answerToday('dropout and pruning');
    expect(streak()).toBe('2 now, best 2');
    t.clock.set('2026-03-06T08:00:00Z');
    await t.engine.tick();
    answerToday('no idea');
    expect(streak()).toBe('0 now, best 2');
  });

  it('computes DST days: a 02:30 post on the spring-forward day happens once', async () => {
    const p = setup('2026-03-28T12:00:00Z', { time: '02:30' });
    for (let h = 0; h < 48; h++) {
      t.clock.advance(3_600_000);
      await t.engine.tick();
    }
    // 29 March 2026: Berlin skips 02:00-03:00; the post goes out at 03:30 local (01:30 UTC).
    expect(questionsPosted(p)).toHaveLength(2);
    const rounds = t.store.db.prepare("SELECT local_date FROM rounds WHERE kind = 'daily' ORDER BY id").all();
    expect(rounds).toEqual([{ local_date: '2026-03-29' }, { local_date: '2026-03-30' }]);
  });
});
