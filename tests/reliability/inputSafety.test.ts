import { afterEach, describe, expect, it } from 'vitest';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { slackSignature } from '../fakes/slack/signedRequests.ts';
import { refusal, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';
import { type SlackStand, signingSecret, startStand } from '../platforms/slack/harness.ts';

/** Gaps left by tests/engine/tenancy and the adapters' own tests. */
let t: TestEngine | undefined;
let s: SlackStand | undefined;
afterEach(async () => {
  t?.cleanup();
  t = undefined;
  await s?.close();
  s = undefined;
});

const roundOf = (r: { buttons?: { id: string }[] }) => Number(r.buttons![0]!.id.split(':')[1]);

describe('input safety', () => {
  it("refuses an answer to another member's practice question addressed by id", () => {
    t = makeTestEngine();
    t.posters.register('discord', new RecordingPoster());
    const mine = roundOf(t.engine.practice(caller({ userId: 'ada' })));
    expect(refusal(() => t!.engine.answer(caller({ userId: 'eve', userName: 'Eve' }), 'dropout', mine))).toBe('You have no practice question open. Start one with /practice.');
    expect(t.engine.answerPrompt(caller({ userId: 'eve' }), mine).open).toBe(false);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBe(0);
  });

  it("never shows one workspace's member or deck board to another, even by the same ids", () => {
    t = makeTestEngine();
    t.posters.register('discord', new RecordingPoster());
    const a = caller({ workspaceId: 'A', userId: 'same-id', userName: 'Secret Sam', isAdmin: true });
    t.engine.deckImport(a, { fileName: 'private.csv', text: 'question,answer\nQ?,A\n' });
    t.engine.quizStart(a, { deck: 'private', questions: 1 });
    t.engine.answer(a, 'A');
    const b = caller({ workspaceId: 'B', userId: 'other' });
    expect(shown(t.engine.stats(b, { userId: 'same-id' })).body).toMatch(/not answered any question yet/);
    expect(refusal(() => t!.engine.leaderboard(b, { deck: 'private' }))).toMatch(/no deck called "private"/);
    expect(shown(t.engine.leaderboard(b, { period: 'today' })).body).not.toContain('Secret Sam');
  });

  it('counts a replayed, correctly signed Slack /answer once', async () => {
    s = await startStand({ mode: 'http' });
    s.te.engine.quizStart({ platform: 'slack', workspaceId: 'T001', channelId: 'CR', userId: 'U1', userName: 'ada', isAdmin: true }, { questions: 1, seconds: 600 });
    const body = new URLSearchParams(slashCommand({ command: '/answer', text: 'dropout', user: 'U2', channel: 'CR', responseUrl: s.fake.responseUrl() })).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = slackSignature(signingSecret, timestamp, body);
    // The first copy runs; the same signed request again is refused as a replay.
    const statuses = [];
    for (let k = 0; k < 3; k++) statuses.push((await s.send.post(body, 'application/x-www-form-urlencoded', { timestamp, signature })).status);
    expect(statuses).toEqual([200, 401, 401]);
    await s.fake.waitForCount('response_url', 1);
    expect(s.te.store.db.prepare('SELECT COUNT(*) FROM answers').pluck().get()).toBe(1);
    expect(s.te.store.db.prepare("SELECT answers FROM users WHERE external_id = 'U2'").pluck().get()).toBe(1);
  });
});
