import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeEach(async () => {
  s = await startStand({ mode: 'http' });
});
afterEach(async () => {
  await s?.close();
});

/** `/quiz <text>` as `user`; resolves with what came back on its response_url. */
async function quiz(text: string, user: string) {
  const responseUrl = s.fake.responseUrl();
  await s.send.command(slashCommand({ command: '/quiz', text, user, channel: 'C1', responseUrl }));
  return allText((await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname)).args);
}

describe('/quiz status on Slack', () => {
  it('shows an admin the last scheduler tick and the database size, and refuses a member', async () => {
    expect(await quiz('status', 'UADMIN')).toContain('The scheduler has not ticked yet.');
    await s.te.engine.tick();
    const shown = await quiz('status', 'UADMIN');
    expect(shown).toContain('quizbot status');
    expect(shown).toMatch(/The scheduler last ticked \d+ s ago \(1 process\)\./);
    expect(shown).toMatch(/\d+(\.\d)? MB/);
    expect(await quiz('status', 'U1')).toContain('Only admins can do that.');
    expect(await quiz('help', 'U1')).toContain('`/quiz status`');
  });
});
