import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { slackSignature } from '../../fakes/slack/signedRequests.ts';
import { allText, type SlackStand, signingSecret, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http', adminUserIds: ['U9'] });
});
afterAll(async () => {
  await s?.close();
});

let channelN = 0;
/** Send `/quiz <text>` (or `/answer`) as `user` in a channel; resolve with what came back on the response_url. */
async function command(text: string, o: { command?: '/quiz' | '/answer'; user?: string; channel?: string } = {}) {
  const responseUrl = s.fake.responseUrl();
  const res = await s.send.command(
    slashCommand({ command: o.command ?? '/quiz', text, user: o.user ?? 'U1', channel: o.channel ?? `C${++channelN}`, responseUrl }),
  );
  expect(res.status).toBe(200);
  const reply = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
  return { ackBody: await res.text(), reply: reply.args, text: allText(reply.args) };
}

describe('Slack /quiz over HTTP', () => {
  it('acknowledges the command with an empty 200 and answers through response_url', async () => {
    const r = await command('help');
    expect(r.ackBody).toBe('');
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toContain('quizbot help');
  });

  it('rejects a forged signature with 401 and runs nothing', async () => {
    const before = s.fake.calls.length;
    const res = await s.send.command(slashCommand({ command: '/quiz', text: 'help', user: 'U1', channel: 'C1', responseUrl: s.fake.responseUrl() }), {
      signature: slackSignature('not-the-secret', Math.floor(Date.now() / 1000), 'x'),
    });
    expect(res.status).toBe(401);
    expect(s.fake.calls.slice(before).filter((c) => c.method === 'response_url')).toEqual([]);
  });

  it('rejects a correctly signed but stale request (over 5 minutes old) with 401', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const fields = slashCommand({ command: '/quiz', text: 'help', user: 'U1', channel: 'C1', responseUrl: s.fake.responseUrl() });
    const body = new URLSearchParams(fields).toString();
    const res = await s.send.post(body, 'application/x-www-form-urlencoded', { timestamp: stale, signature: slackSignature(signingSecret, stale, body) });
    expect(res.status).toBe(401);
  });
});

describe('each /quiz subcommand reaches the engine', () => {
  it('start posts the question in the channel with an Answer button and a Slack date', async () => {
    const r = await command('start deep-learning-training 2 60', { channel: 'CSTART' });
    expect(r.reply.response_type).toBe('in_channel');
    expect(r.text).toContain('Quiz 1/2');
    expect(r.text).toMatch(/"action_id":"answer:\d+"/);
    expect(r.text).toMatch(/<!date\^\d+\^\{date_short_pretty\} \{time\}\|/);
  });

  it('start with malformed input gets its usage line', async () => {
    const r = await command('start deck 3 60 extra');
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toContain('Usage: `/quiz start` [deck] [questions] [seconds]');
  });

  it('an unknown subcommand gets the list of usages', async () => {
    const r = await command('dance');
    expect(r.text).toContain('I don\'t know \\"dance\\"');
    expect(r.text).toContain('`/quiz leaderboard` [today|week|month|season|all] [deck]');
    expect(r.text).toContain('`/quiz daily setup` [#channel] HH:MM Area/City [deck]');
  });

  it('stop ends the quiz its starter started, with the standings in the channel', async () => {
    await command('start', { channel: 'CSTOP' });
    const r = await command('stop', { channel: 'CSTOP' });
    expect(r.reply.response_type).toBe('in_channel');
    expect(r.text).toContain('Quiz stopped');
  });

  it('stop without a quiz explains there is none, privately', async () => {
    const r = await command('stop');
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toContain('No quiz is running in this channel.');
  });

  it('leaderboard with a period', async () => {
    const r = await command('leaderboard week');
    expect(r.text.toLowerCase()).toContain('leaderboard');
  });

  it('leaderboard with too many words gets its usage line', async () => {
    const r = await command('leaderboard week deck-a deck-b');
    expect(r.text).toContain('Usage: `/quiz leaderboard` [today|week|month|season|all] [deck]');
  });

  it('stats of another member from an escaped mention', async () => {
    const r = await command('stats <@U2|grace>');
    expect(r.text).toContain('grace');
  });

  it('stats with an unescaped name gets its usage line', async () => {
    const r = await command('stats grace');
    expect(r.text).toContain('Usage: `/quiz stats` [@member]');
  });

  it('daily setup is refused for members', async () => {
    const r = await command('daily setup <#C77|general> 09:30 Europe/Berlin');
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toContain('Only admins can do that.');
  });

  it('daily setup works for a workspace admin (users.info) and status/pause/resume/skip/now follow', async () => {
    const setup = await command('daily setup <#C77|general> 09:30 Europe/Berlin', { user: 'UADMIN', channel: 'CADMIN' });
    expect(setup.text).toContain('<#C77>');
    expect(setup.text).toContain('09:30 Europe/Berlin');
    expect((await command('daily status', { user: 'UADMIN', channel: 'C77' })).text).toContain('09:30');
    expect((await command('daily pause', { user: 'UADMIN', channel: 'C77' })).text.toLowerCase()).toContain('pause');
    expect((await command('daily resume', { user: 'UADMIN', channel: 'C77' })).text).toContain('is back on');
    const now = await command('daily now', { user: 'UADMIN', channel: 'C77' });
    expect(now.text).toContain('Posted question');
    const question = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C77');
    expect(allText(question.args)).toMatch(/"action_id":"answer:\d+"/);
    expect((await command('daily skip', { user: 'UADMIN', channel: 'C77' })).text).toMatch(/Skipped|Posted question/);
  });

  it('daily setup is allowed for users listed in SLACK_ADMIN_USER_IDS', async () => {
    s.fake.users.set('U9', { id: 'U9', name: 'listed' });
    const r = await command('daily setup <#C78> 7:05 America/New_York', { user: 'U9' });
    expect(r.text).toContain('07:05 America/New_York');
  });

  it('daily setup with a bad timezone or a bare #channel gets what is wrong and its usage line', async () => {
    const zone = (await command('daily setup <#C77|general> 09:30 Mars/Olympus', { user: 'UADMIN' })).text;
    expect(zone).toContain('is not a timezone I know');
    expect(zone).toContain('Usage: `/quiz daily setup` [#channel] HH:MM Area/City [deck]');
    const channel = (await command('daily setup #general 09:30 Europe/Berlin', { user: 'UADMIN' })).text;
    expect(channel).toContain('is not a channel');
    expect(channel).toContain('Usage: `/quiz daily setup` [#channel] HH:MM Area/City [deck]');
    const daily = (await command('daily sometimes', { user: 'UADMIN' })).text;
    for (const sub of ['setup', 'pause', 'resume', 'now', 'status', 'skip']) expect(daily).toContain(`\`/quiz daily ${sub}\``);
  });

  it('daily setup without a channel sets up the channel it is typed in', async () => {
    const r = await command('daily setup 06:45 Europe/Berlin', { user: 'UADMIN', channel: 'CHERE' });
    expect(r.text).toContain('<#CHERE>');
    expect(r.text).toContain('06:45 Europe/Berlin');
  });

  it('deck list, show, use and remove', async () => {
    expect((await command('deck list')).text).toContain('deep-learning-training');
    expect((await command('deck show general-science')).text.length).toBeGreaterThan(50);
    expect((await command('deck use general-science', { user: 'UADMIN' })).text).toContain('general-science');
    expect((await command('deck remove deep-learning-training', { user: 'UADMIN' })).text).toContain('built-in deck');
    expect((await command('deck show')).text).toContain('Usage: `/quiz deck show` &lt;deck&gt;');
  });

  it('deck import explains how to share the file in a DM', async () => {
    expect((await command('deck import')).text).toContain('direct message');
  });

  it('/answer without text gets its usage line', async () => {
    const r = await command('', { command: '/answer' });
    expect(r.text).toContain('Usage: `/answer` &lt;your answer&gt;');
  });

  it('/answer with no open question says so privately', async () => {
    const r = await command('dropout', { command: '/answer', channel: 'CEMPTY' });
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toContain('There is no open question in this channel.');
  });

  it('/answer grades the answer privately', async () => {
    await command('start', { channel: 'CANS' });
    const r = await command('L1 regularization, dropout and pruning', { command: '/answer', channel: 'CANS', user: 'U2' });
    expect(r.reply.response_type).toBe('ephemeral');
    expect(r.text).toMatch(/Correct|Partly right|Not quite/);
  });
});
