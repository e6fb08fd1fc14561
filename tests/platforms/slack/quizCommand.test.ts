import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/i18n/renderText.ts';
import { parseSlackCommand } from '../../../src/platforms/slack/commands/quizCommand.ts';
import { slackFormat } from '../../../src/platforms/slack/render/slackFormat.ts';

const call = (text: string, command = '/quiz') => {
  const r = parseSlackCommand(command, text);
  if (!r.ok) throw new Error(`expected a command for "${text}", got ${renderText(r.error, 'en', slackFormat)}`);
  return r.command;
};
/** What a member sees for wrong input, in English on Slack. */
const usageOf = (text: string, command = '/quiz') => {
  const r = parseSlackCommand(command, text);
  if (r.ok) throw new Error(`expected usage for "${text}", got ${JSON.stringify(r.command)}`);
  return renderText(r.error, 'en', slackFormat);
};

const usage = {
  start: 'Usage: `/quiz start` [deck] [questions] [seconds]',
  stop: 'Usage: `/quiz stop`',
  leaderboard: 'Usage: `/quiz leaderboard` [today|week|month|season|all] [deck] [image]',
  stats: 'Usage: `/quiz stats` [@member] [image]',
  dailySetup: 'Usage: `/quiz daily setup` [#channel] HH:MM Area/City [deck]',
  dailyPause: 'Usage: `/quiz daily pause`',
  deckShow: 'Usage: `/quiz deck show` <deck>',
  settings: 'Usage: `/quiz settings` [language en|de] [questions N] [seconds N] [thread on|off] [reset <setting>]',
};

describe('Slack /quiz text', () => {
  it('empty text and help show help', () => {
    expect(call('')).toEqual({ name: 'help', args: {} });
    expect(call('  help ')).toEqual({ name: 'help', args: {} });
  });

  it('start takes an optional deck, question count and seconds', () => {
    expect(call('start')).toEqual({ name: 'quiz start', args: {} });
    expect(call('start biology')).toEqual({ name: 'quiz start', args: { deck: 'biology' } });
    expect(call('start biology 5')).toEqual({ name: 'quiz start', args: { deck: 'biology', questions: 5 } });
    expect(call('start 5 30')).toEqual({ name: 'quiz start', args: { questions: 5, seconds: 30 } });
    expect(call('start "my deck" 3 20')).toEqual({ name: 'quiz start', args: { deck: 'my deck', questions: 3, seconds: 20 } });
    expect(usageOf('start biology five')).toBe(usage.start);
    expect(usageOf('start 5 30 40')).toBe(usage.start);
  });

  it('start with a number out of range says which and shows the usage line', () => {
    expect(usageOf('start 0')).toBe(`The number of questions must be a whole number from 1 to 50.\n${usage.start}`);
    expect(usageOf('start biology 5 5')).toBe(`Seconds per question must be a whole number from 10 to 600.\n${usage.start}`);
  });

  it('practice remind takes a time and an optional timezone, or off', () => {
    expect(call('practice remind 08:00 Europe/Berlin')).toEqual({ name: 'practice remind', args: { time: '08:00', timezone: 'Europe/Berlin' } });
    expect(call('practice remind off')).toEqual({ name: 'practice remind', args: { time: 'off' } });
    expect(usageOf('practice remind 08:00 Mars/Olympus')).toBe('"Mars/Olympus" is not a timezone I know. Use an IANA name such as Europe/Berlin or America/New_York.\nUsage: `/quiz practice remind` HH:MM|off [Area/City]');
  });

  it('stop takes nothing', () => {
    expect(call('stop')).toEqual({ name: 'quiz stop', args: {} });
    expect(usageOf('stop now')).toBe(usage.stop);
  });

  it('leaderboard takes an optional period and deck (lb for short)', () => {
    expect(call('leaderboard')).toEqual({ name: 'leaderboard', args: {} });
    expect(call('leaderboard WEEK')).toEqual({ name: 'leaderboard', args: { period: 'week' } });
    expect(call('lb month biology')).toEqual({ name: 'leaderboard', args: { period: 'month', deck: 'biology' } });
    expect(call('leaderboard biology')).toEqual({ name: 'leaderboard', args: { deck: 'biology' } });
    expect(usageOf('leaderboard week a b')).toBe(usage.leaderboard);
  });

  it('stats takes an escaped user mention', () => {
    expect(call('stats')).toEqual({ name: 'stats', args: {} });
    expect(call('stats <@U123|ada>')).toEqual({ name: 'stats', args: { user: { userId: 'U123', userName: 'ada' } } });
    expect(call('stats <@W999>')).toEqual({ name: 'stats', args: { user: { userId: 'W999' } } });
    expect(usageOf('stats @ada')).toBe(`"@ada" is not a member. Type @ and pick their name.\n${usage.stats}`);
  });

  it('daily setup takes an escaped channel (else this one), HH:MM, an IANA zone and an optional deck', () => {
    expect(call('daily setup <#C123|general> 9:05 Europe/Berlin')).toEqual({
      name: 'daily setup',
      args: { channel: 'C123', time: '09:05', timezone: 'Europe/Berlin' },
    });
    expect(call('daily setup <#C123> 23:59 America/Argentina/Buenos_Aires biology')).toEqual({
      name: 'daily setup',
      args: { channel: 'C123', time: '23:59', timezone: 'America/Argentina/Buenos_Aires', deck: 'biology' },
    });
    expect(call('daily setup 07:00 UTC')).toEqual({ name: 'daily setup', args: { time: '07:00', timezone: 'UTC' } });
    expect(usageOf('daily setup #general 09:00 Europe/Berlin')).toBe(`"#general" is not a channel. Type # and pick the channel.\n${usage.dailySetup}`);
    expect(usageOf('daily setup <#C1> 24:00 Europe/Berlin')).toBe(`"24:00" is not a time. Use 24-hour HH:MM, e.g. 09:30.\n${usage.dailySetup}`);
    expect(usageOf('daily setup <#C1> 09:00 Nowhere/Town')).toMatch(/^"Nowhere\/Town" is not a timezone I know\..*\nUsage: `\/quiz daily setup`/);
    expect(usageOf('daily setup <#C1> 09:00')).toBe(usage.dailySetup);
  });

  it('daily pause, resume, now, status and skip', () => {
    for (const sub of ['pause', 'resume', 'now', 'status', 'skip']) expect(call(`daily ${sub}`)).toEqual({ name: `daily ${sub}`, args: {} });
    expect(usageOf('daily pause please')).toBe(usage.dailyPause);
  });

  it('daily alone lists what daily can do', () => {
    const u = usageOf('daily');
    expect(u).toMatch(/^Usage:\n/);
    for (const sub of ['setup', 'pause', 'resume', 'now', 'status', 'skip']) expect(u).toContain(`\`/quiz daily ${sub}\``);
  });

  it('deck list, show, use, remove and import', () => {
    expect(call('deck list')).toEqual({ name: 'deck list', args: {} });
    expect(call('decks')).toEqual({ name: 'deck list', args: {} });
    expect(call('deck show biology')).toEqual({ name: 'deck show', args: { name: 'biology' } });
    expect(call('deck use biology')).toEqual({ name: 'deck use', args: { name: 'biology' } });
    expect(call('deck remove biology')).toEqual({ name: 'deck remove', args: { name: 'biology' } });
    expect(call('deck import')).toEqual({ name: 'deck import', args: {} });
    expect(usageOf('deck show')).toBe(usage.deckShow);
    expect(usageOf('deck burn biology')).toContain('`/quiz deck remove` <deck>');
  });

  it('settings: none shows them, then any of language, questions, seconds, thread and reset', () => {
    expect(call('settings')).toEqual({ name: 'settings', args: {} });
    expect(call('settings language DE questions 12')).toEqual({ name: 'settings', args: { changes: { language: 'de', quizQuestions: 12 } } });
    expect(call('settings thread on seconds 45')).toEqual({ name: 'settings', args: { changes: { revealInThread: true, quizSeconds: 45 } } });
    expect(call('settings reset language')).toEqual({ name: 'settings', args: { changes: { language: null } } });
    expect(usageOf('settings language fr')).toBe(`"fr" is not a language I speak. Use en|de.\n${usage.settings}`);
    expect(usageOf('settings colour blue')).toBe(`"colour" is not a setting. Settings: language|questions|seconds|thread.\n${usage.settings}`);
    expect(usageOf('settings questions')).toBe(usage.settings);
  });

  it('an unknown subcommand names it and lists every usage line', () => {
    const u = usageOf('dance');
    expect(u).toMatch(/^I don't know "dance"\. Commands:\n/);
    for (const line of [usage.start, usage.leaderboard, usage.dailySetup, usage.deckShow]) expect(u).toContain(line.replace('Usage: ', ''));
  });

  it('/answer takes the whole text, as typed', () => {
    expect(call('  "dropout" and  pruning ', '/answer')).toEqual({ name: 'answer', args: { text: '"dropout" and  pruning' } });
    expect(usageOf('', '/answer')).toBe('Usage: `/answer` <your answer>');
  });
});
