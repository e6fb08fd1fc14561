import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/engine/errors.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { refusal, shown, words } from '../helpers/shown.ts';
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
/** The first schedule's lines in /daily status, as an admin reads them. */
const statusOfFirst = () => shown(t.engine.dailyStatus(admin)).fields![0]!.value;

describe('daily questions', () => {
  it('is for admins only and validates time and timezone', () => {
    t = makeTestEngine();
    expect(refusal(() => t.engine.dailySetup(caller(), { channelId: 'c', time: '09:00', timezone: 'UTC' }))).toBe('Only admins can do that.');
    expect(refusal(() => t.engine.dailySetup(admin, { channelId: 'c', time: '25:00', timezone: 'UTC' }))).toBe('"25:00" is not a time. Use 24-hour HH:MM, e.g. 09:30.');
    expect(refusal(() => t.engine.dailySetup(admin, { channelId: 'c', time: '09:00', timezone: 'Mars/Olympus' }))).toMatch(/"Mars\/Olympus" is not a timezone I know\. Use an IANA name/);
  });

  it('confirms the setup with the channel, the local time and the next post', () => {
    t = makeTestEngine({ now: '2026-03-02T07:00:00Z' });
    const r = shown(t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' }));
    expect(r.body).toBe('Daily question set for <#chan-1> at 09:00 Europe/Berlin, deck "deep-learning-training". Next post: Mar 2, 2026, 9:00 AM.');
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
    expect(shown(p.sent[1]!.reply).fields?.find((f) => f.name === 'Answers')?.value).toBe('1');
  });

  it('walks every question of the deck once before repeating', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    const seen: string[] = [];
    for (let day = 0; day < 14; day++) {
      t.clock.set(new Date(Date.parse('2026-03-02T08:00:00Z') + day * 86_400_000).toISOString());
      await t.engine.tick();
    }
    for (const s of questionsPosted(p)) seen.push(words(s.reply.title!));
    expect(seen).toHaveLength(14);
    expect(new Set(seen.slice(0, 7)).size).toBe(7);
    expect(new Set(seen.slice(7)).size).toBe(7);
  });

  it('pauses and resumes without catching up the paused days', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    expect(shown(t.engine.dailyPause(admin)).body).toBe('The daily question in <#chan-1> is paused. /daily resume starts it again.');
    t.clock.set('2026-03-04T08:30:00Z');
    await t.engine.tick();
    expect(p.sent).toHaveLength(0);
    const r = shown(t.engine.dailyResume(admin));
    expect(r.body).toBe('The daily question in <#chan-1> is back on. Next post: Mar 5, 2026, 9:00 AM.');
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
    expect(statusOfFirst()).toContain('Next post: Mar 3, 2026, 9:00 AM');
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
    p.fail = () => new DeliveryError('unreachable', 'Discord: HTTP 503', true);
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    const status = shown(t.engine.dailyStatus(admin));
    expect(status.title).toBe('Daily status');
    expect(status.fields![0]!.name).toBe('<#chan-1>');
    expect(status.fields![0]!.value).toBe(
      [
        'Next post: Mar 3, 2026, 9:00 AM',
        'Every day at 09:00 Europe/Berlin · deck "deep-learning-training" · question 2 of 7 in this round',
        'Last post: never',
        "⚠ Failing: 1 failed attempt; last error: I couldn't reach the chat platform to post in <#chan-1>; it may be having trouble. I'll try again. (error details: Discord: HTTP 503)",
      ].join('\n'),
    );
    p.fail = undefined;
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(0);
    t.clock.advance(31_000);
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    expect(statusOfFirst()).not.toContain('Failing');
  });

  it('tells admins in their language that the bot may not post in the channel, and what to do, with the platform detail', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    p.fail = () => new DeliveryError('no-access', 'Discord: HTTP 403, code 50013', false);
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    const failing = (locale?: Locale) => shown(t.engine.dailyStatus(admin), locale).fields![0]!.value.split('\n').at(-1);
    expect(failing()).toBe(
      "⚠ Failing: 1 failed attempt; last error: I can't post in <#chan-1>: I'm not allowed to post there. Add me to the channel and let me see it and send messages, or pick another channel with /daily setup. (error details: Discord: HTTP 403, code 50013)",
    );
    expect(failing('de')).toBe(
      '⚠ Fehler: 1 gescheiterter Versuch; letzter Fehler: Ich kann nicht in <#chan-1> posten: Ich darf dort nicht schreiben. Füg mich dem Kanal hinzu und erlaub mir, ihn zu sehen und Nachrichten zu senden – oder wähl mit /daily setup einen anderen Kanal. (Fehlerdetails: Discord: HTTP 403, code 50013)',
    );
  });

  it('/daily now tells the admin the channel is gone and how to pick another', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    p.fail = () => new DeliveryError('channel-gone', 'Slack: channel_not_found', false);
    expect(shown(await t.engine.dailyNow(admin)).body).toBe(
      "I can't post in <#chan-1>: the channel was deleted or archived, or I was removed from it. Pick another channel with /daily setup. (error details: Slack: channel_not_found)",
    );
    expect(shown(await t.engine.dailyNow(admin), 'de').body).toBe(
      'Ich kann nicht in <#chan-1> posten: Der Kanal wurde gelöscht oder archiviert, oder ich wurde daraus entfernt. Wähl mit /daily setup einen anderen Kanal. (Fehlerdetails: Slack: channel_not_found)',
    );
  });

  it('shows a failure recorded before reasons were kept with the platform message it stored as the detail', () => {
    setup('2026-03-02T07:00:00Z');
    t.store.db.prepare('UPDATE schedules SET failures = 2, last_error = ?').run('Discord refused to post in channel 42: 403 Missing Access');
    expect(statusOfFirst().split('\n').at(-1)).toBe(
      "⚠ Failing: 2 failed attempts; last error: I couldn't post in <#chan-1>. Check that I can see and post in that channel, or pick another one with /daily setup. (error details: Discord refused to post in channel 42: 403 Missing Access)",
    );
  });

  it('/daily now posts at once and the regular post that day does not double it', async () => {
    const p = setup('2026-03-02T07:00:00Z');
    const r = shown(await t.engine.dailyNow(admin));
    expect(r.body).toMatch(/^Posted question \d in <#chan-1>\.$/);
    t.clock.set('2026-03-02T08:00:00Z');
    await t.engine.tick();
    expect(questionsPosted(p)).toHaveLength(1);
    // The early question stays open until the next regular post, tomorrow.
    expect(t.engine.ask(caller()).kind).toBe('question');
    expect(statusOfFirst()).toContain('Next post: Mar 3, 2026, 9:00 AM');
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
    const streak = () => shown(t.engine.stats(caller())).fields!.find((f) => f.name === 'Streak')!.value;
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
