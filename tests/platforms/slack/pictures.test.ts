import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { pixels, pngHeader } from '../../images/png.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeEach(async () => {
  s = await startStand({ mode: 'http', logs: true });
});
afterEach(async () => {
  await s?.close();
});

/** Sends `/quiz <text>` as `user` in `channel` and waits for it to be acknowledged. */
async function command(text: string, user = 'U1', channel = 'CQUIZ') {
  const res = await s.send.command(slashCommand({ command: '/quiz', text, user, channel, responseUrl: s.fake.responseUrl() }));
  expect(res.status).toBe(200);
}

async function play() {
  await command('start deep-learning-training 1 60');
  await s.fake.waitFor('response_url', (c) => allText(c.args).includes('Quiz 1/1'));
  await command('answer dropout', 'U2');
  await s.fake.waitFor('response_url', (c) => allText(c.args).includes('grade'));
}

describe('Slack pictures (files.uploadV2)', () => {
  it('/quiz leaderboard image uploads the board to the channel with the text as alt text', async () => {
    await play();
    await command('leaderboard image');
    const upload = await s.fake.waitForUpload();
    const done = s.fake.callsTo('files.completeUploadExternal')[0]!;
    expect(upload).toMatchObject({ filename: 'quizbot-leaderboard.png', channel: 'CQUIZ' });
    expect(upload.altText).toMatch(/^Leaderboard: all time\n🥇 grace: /);
    expect(pngHeader(upload.data!)).toMatchObject({ signature: true, width: 800 });
    expect(pixels(upload.data!).height).toBeGreaterThan(100);
    expect(done.token).toBe(s.fake.botToken);
    // The picture takes the text board's place in the channel.
    expect(s.fake.callsTo('response_url').filter((c) => allText(c.args).includes('Leaderboard: all time'))).toEqual([]);
  });

  it('/quiz stats image answers privately and uploads the card to the member\'s DM', async () => {
    await play();
    await command('stats image', 'U2');
    const upload = await s.fake.waitForUpload();
    const reply = await s.fake.waitFor('response_url', (c) => allText(c.args).includes('Stats: grace'));
    expect(reply.args.response_type).toBe('ephemeral');
    expect(s.fake.callsTo('conversations.open')[0]!.args.users).toBe('U2');
    expect(upload).toMatchObject({ filename: 'quizbot-stats.png', channel: s.fake.dmChannels.get('U2') });
    expect(pngHeader(upload.data!)).toEqual({ signature: true, width: 800, height: 440 });
  });

  it('shows the text board when the upload is refused (the app is not in the channel)', async () => {
    await play();
    s.fake.failNext('files.completeUploadExternal', { error: 'not_in_channel' });
    await command('leaderboard image');
    const reply = await s.fake.waitFor('response_url', (c) => allText(c.args).includes('Leaderboard: all time'));
    expect(reply.args.response_type).toBe('in_channel');
    await s.logged('slack: picture upload failed');
  });
});
