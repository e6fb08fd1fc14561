import { describe, expect, it } from 'vitest';
import { parseQuizCommand, quizUsage, tokenize } from '../../../src/platforms/slack/commands/quizCommand.ts';

const call = (text: string) => {
  const r = parseQuizCommand(text);
  if (!r.ok) throw new Error(`expected a call for "${text}", got usage ${r.usage}`);
  return r.call;
};
const usageOf = (text: string) => {
  const r = parseQuizCommand(text);
  if (r.ok) throw new Error(`expected usage for "${text}", got ${JSON.stringify(r.call)}`);
  return r.usage;
};

describe('parseQuizCommand', () => {
  it('empty text and help show help', () => {
    expect(call('')).toEqual({ op: 'help' });
    expect(call('  help ')).toEqual({ op: 'help' });
  });

  it('start takes an optional deck, question count and seconds', () => {
    expect(call('start')).toEqual({ op: 'quizStart', options: {} });
    expect(call('start biology')).toEqual({ op: 'quizStart', options: { deck: 'biology' } });
    expect(call('start biology 5')).toEqual({ op: 'quizStart', options: { deck: 'biology', questions: 5 } });
    expect(call('start 5 30')).toEqual({ op: 'quizStart', options: { questions: 5, seconds: 30 } });
    expect(call('start "my deck" 3 20')).toEqual({ op: 'quizStart', options: { deck: 'my deck', questions: 3, seconds: 20 } });
    expect(usageOf('start biology five')).toBe(quizUsage.start);
    expect(usageOf('start 5 30 40')).toBe(quizUsage.start);
  });

  it('stop takes nothing', () => {
    expect(call('stop')).toEqual({ op: 'quizStop' });
    expect(usageOf('stop now')).toBe(quizUsage.stop);
  });

  it('leaderboard takes an optional period and deck', () => {
    expect(call('leaderboard')).toEqual({ op: 'leaderboard' });
    expect(call('leaderboard WEEK')).toEqual({ op: 'leaderboard', period: 'week' });
    expect(call('leaderboard month biology')).toEqual({ op: 'leaderboard', period: 'month', deck: 'biology' });
    expect(call('leaderboard biology')).toEqual({ op: 'leaderboard', deck: 'biology' });
    expect(usageOf('leaderboard week a b')).toBe(quizUsage.leaderboard);
  });

  it('stats takes an escaped user mention', () => {
    expect(call('stats')).toEqual({ op: 'stats' });
    expect(call('stats <@U123|ada>')).toEqual({ op: 'stats', user: { userId: 'U123', userName: 'ada' } });
    expect(call('stats <@W999>')).toEqual({ op: 'stats', user: { userId: 'W999' } });
    expect(usageOf('stats @ada')).toBe(quizUsage.stats);
  });

  it('daily setup takes an escaped channel, HH:MM, an IANA zone and an optional deck', () => {
    expect(call('daily setup <#C123|general> 9:05 Europe/Berlin')).toEqual({
      op: 'dailySetup',
      options: { channelId: 'C123', time: '09:05', timezone: 'Europe/Berlin' },
    });
    expect(call('daily setup <#C123> 23:59 America/Argentina/Buenos_Aires biology')).toEqual({
      op: 'dailySetup',
      options: { channelId: 'C123', time: '23:59', timezone: 'America/Argentina/Buenos_Aires', deck: 'biology' },
    });
    for (const bad of ['daily setup #general 09:00 Europe/Berlin', 'daily setup <#C1> 24:00 Europe/Berlin', 'daily setup <#C1> 09:00 Nowhere/Town', 'daily setup <#C1> 09:00']) {
      expect(usageOf(bad)).toBe(quizUsage.dailySetup);
    }
  });

  it('daily pause, resume, now, status and skip', () => {
    expect(call('daily pause')).toEqual({ op: 'dailyPause' });
    expect(call('daily resume')).toEqual({ op: 'dailyResume' });
    expect(call('daily now')).toEqual({ op: 'dailyNow' });
    expect(call('daily status')).toEqual({ op: 'dailyStatus' });
    expect(call('daily skip')).toEqual({ op: 'dailySkip' });
    expect(usageOf('daily')).toBe(quizUsage.daily);
    expect(usageOf('daily pause please')).toBe(quizUsage.daily);
  });

  it('deck list, show, use, remove and import', () => {
    expect(call('deck list')).toEqual({ op: 'deckList' });
    expect(call('deck show biology')).toEqual({ op: 'deckShow', name: 'biology' });
    expect(call('deck use biology')).toEqual({ op: 'deckUse', name: 'biology' });
    expect(call('deck remove biology')).toEqual({ op: 'deckRemove', name: 'biology' });
    expect(call('deck import')).toEqual({ op: 'deckImportHelp' });
    expect(usageOf('deck show')).toBe(quizUsage.deck);
    expect(usageOf('deck burn biology')).toBe(quizUsage.deck);
  });

  it('an unknown subcommand lists every usage', () => {
    const u = usageOf('dance');
    for (const line of [quizUsage.start, quizUsage.leaderboard, quizUsage.daily, quizUsage.deck]) expect(u).toContain(line);
  });

  it('tokenize keeps quoted words together, including Slack’s curly quotes', () => {
    expect(tokenize('start “my deck” 3')).toEqual(['start', 'my deck', '3']);
  });
});
