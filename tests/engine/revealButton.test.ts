import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/engine/errors.ts';
import { REVEAL_LEASE_MS } from '../../src/engine/reveal.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
let poster: RecordingPoster;
beforeEach(() => {
  t = makeTestEngine();
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

const reveals = () => poster.sent.filter((s) => s.reply.kind === 'reveal');

describe('the Practise button on a reveal', () => {
  it('offers a private practice question from the round’s deck', async () => {
    t.engine.quizStart(caller(), { deck: 'general-science', questions: 1, seconds: 30 });
    t.clock.advance(30_000);
    await t.engine.tick();
    const [reveal] = reveals();
    const button = reveal!.reply.buttons?.[0];
    expect(shown(reveal!.reply).buttons).toEqual([{ id: expect.stringMatching(/^practice:\d+$/), label: 'Practise privately' }]);
    const practice = shown(t.engine.practiceFrom(caller({ userId: 'u2', userName: 'Bob' }), Number(button!.id.split(':')[1])));
    expect(practice.visibility).toBe('private');
    expect(practice.title).toMatch(/^Practice · Question \d+$/);
    expect(practice.footer).toMatch(/^General science · /);
  });

  it('a round of another server gives a practice question from the default deck, not that round’s', async () => {
    t.engine.quizStart(caller(), { deck: 'general-science', questions: 1, seconds: 30 });
    t.clock.advance(30_000);
    await t.engine.tick();
    const roundId = Number(reveals()[0]!.reply.buttons![0]!.id.split(':')[1]);
    const elsewhere = shown(t.engine.practiceFrom(caller({ workspaceId: 'guild-2', userId: 'u9' }), roundId));
    expect(elsewhere.footer).toMatch(/^Training Deep Neural Networks · /);
  });
});

describe('a reveal whose posting was not recorded', () => {
  it('is found in the channel by its button and not posted again', async () => {
    t.engine.quizStart(caller(), { questions: 1, seconds: 30 });
    // The platform takes the reveal, but the bot never hears back (a timeout, or a process that died).
    poster.fail = (target, reply) => {
      if (reply.kind !== 'reveal') return undefined;
      poster.sent.push({ target, reply, messageId: 'm-lost' });
      return new DeliveryError('unreachable', 'timed out', true);
    };
    t.clock.advance(30_000);
    await t.engine.tick();
    expect(reveals()).toHaveLength(1);
    poster.fail = undefined;
    t.clock.advance(REVEAL_LEASE_MS + 60_000);
    await t.engine.tick();
    await t.engine.tick();
    expect(reveals()).toHaveLength(1);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM rounds WHERE reveal_pending = 1').pluck().get()).toBe(0);
  });
});
