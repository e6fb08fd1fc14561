import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/engine/errors.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
  t.engine.dailySetup(admin, { channelId: 'daily', time: '09:00', timezone: 'UTC' });
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const finalBoards = () => poster.sent.filter((s) => shown(s.reply).title?.startsWith('Final board'));
const gone = () => new DeliveryError('channel-gone', 'Discord: HTTP 404, code 10003', false, 'post in channel daily');
const status = () => shown(t.engine.dailyStatus(admin)).body;

describe('a season’s final board that could not be posted', () => {
  it('is retried on a later tick, and /daily status tells the admin until then', async () => {
    t.engine.seasonStart(admin, { name: 'Spring', length: { kind: 'until', date: '2026-03-06' } });
    poster.fail = (_target, reply) => (shown(reply).title?.startsWith('Final board') ? gone() : undefined);
    t.clock.set('2026-03-07T00:00:00Z');
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(0);
    expect(status()).toContain('The final board of season "Spring" is not posted yet: I can\'t post in <#daily>: the channel was deleted or archived');
    poster.fail = undefined;
    await t.engine.tick(); // not before its back-off
    expect(finalBoards()).toHaveLength(0);
    t.clock.advance(30_000);
    t = t.restart();
    t.posters.register('discord', poster);
    await t.engine.tick();
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(1);
    expect(status()).not.toContain('final board');
  });

  it('is shown to the admin who ends the season, with what went wrong, and posted later', async () => {
    t.engine.seasonStart(admin, { name: 'Spring' });
    poster.fail = () => gone();
    const ended = shown(await t.engine.seasonEnd(admin));
    expect(ended.body).toMatch(/^Season "Spring" has ended, but I could not post its final board\. I can't post in <#daily>: the channel was deleted/);
    expect(ended.body).toContain('No answers yet.');
    poster.fail = undefined;
    t.clock.advance(30_000);
    await t.engine.tick();
    expect(finalBoards()).toHaveLength(1);
  });

  it('gives up after five attempts, and the admin still reads why', async () => {
    t.engine.seasonStart(admin, { name: 'Spring' });
    poster.fail = () => gone();
    await t.engine.seasonEnd(admin);
    for (let i = 0; i < 10; i++) {
      t.clock.advance(30 * 60_000);
      await t.engine.tick();
    }
    const tries = t.store.db.prepare('SELECT announce_attempts FROM seasons').pluck().get();
    expect(tries).toBe(5);
    expect(status()).toContain('is not posted yet');
  });
});
