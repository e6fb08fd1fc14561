import { describe, expect, it } from 'vitest';
import { untranslated } from '../helpers/untranslated.ts';
import { type Dialect, parseCommand, tokenize, usageLine } from '../../src/engine/commandGrammar.ts';
import { COMMAND_NAMES, type CommandName } from '../../src/i18n/commandNames.ts';
import { words } from '../helpers/shown.ts';

/** A plain dialect: `#name` channels, `@name` members, every setting. */
const plain: Dialect = {
  channel: (w) => /^#(\w+)$/.exec(w)?.[1],
  user: (w) => (/^@\w+$/.test(w) ? { userId: w.slice(1) } : undefined),
  settings: ['language', 'questions', 'seconds', 'thread'],
};

/** Shortest correct input of each command. */
const example: Record<CommandName, string> = {
  answer: 'answer dropout',
  ask: 'ask',
  'quiz start': 'quiz start',
  'quiz stop': 'quiz stop',
  practice: 'practice',
  'practice stats': 'practice stats',
  'practice remind': 'practice remind off',
  leaderboard: 'leaderboard',
  'season start': 'season start',
  'season end': 'season end',
  stats: 'stats',
  'daily setup': 'daily setup 09:00 UTC',
  'daily pause': 'daily pause',
  'daily resume': 'daily resume',
  'daily now': 'daily now',
  'daily status': 'daily status',
  'daily skip': 'daily skip',
  'deck list': 'deck list',
  'deck show': 'deck show biology',
  'deck import': 'deck import',
  'deck use': 'deck use biology',
  'deck remove': 'deck remove biology',
  settings: 'settings',
  status: 'status',
  appeal: 'appeal',
  review: 'review',
  'review log': 'review log',
  'grade set': 'grade set @ada 6 correct',
  help: 'help',
};

const parse = (line: string) => parseCommand(tokenize(line), plain);

describe('the text command grammar', () => {
  it('reads every command the messages can name', () => {
    for (const name of COMMAND_NAMES) {
      const r = parse(example[name]);
      expect(r.ok && r.command.name, example[name]).toBe(name);
    }
  });

  it('reads command words in any letter case, with or without a leading slash', () => {
    const r = parse('/Daily SETUP #general 7:30 Europe/Berlin biology');
    expect(r).toEqual({ ok: true, command: { name: 'daily setup', args: { channel: 'general', time: '07:30', timezone: 'Europe/Berlin', deck: 'biology' } } });
  });

  it('a group word alone means its usual command: quiz starts a quiz, deck lists decks', () => {
    expect(parse('quiz 5 30')).toEqual({ ok: true, command: { name: 'quiz start', args: { questions: 5, seconds: 30 } } });
    expect(parse('deck')).toEqual({ ok: true, command: { name: 'deck list', args: {} } });
  });

  it('keeps an answer as typed, quotes and spacing included', () => {
    expect(parse('answer  "L1" and  L2 ')).toEqual({ ok: true, command: { name: 'answer', args: { text: '"L1" and  L2' } } });
  });

  it('reads several settings changes at once and resets one', () => {
    expect(parse('settings seconds 30 reset questions thread off')).toEqual({
      ok: true,
      command: { name: 'settings', args: { changes: { quizSeconds: 30, quizQuestions: null, revealInThread: false } } },
    });
  });

  it('reads the review commands: an appeal’s reason as typed, review pages, and grade set with an optional deck and note', () => {
    expect(parse('appeal  I named "all three"  ways')).toEqual({ ok: true, command: { name: 'appeal', args: { reason: 'I named "all three"  ways' } } });
    expect(parse('appeal')).toEqual({ ok: true, command: { name: 'appeal', args: {} } });
    expect(parse('review')).toEqual({ ok: true, command: { name: 'review', args: {} } });
    expect(parse('review 2')).toEqual({ ok: true, command: { name: 'review', args: { page: 2 } } });
    expect(parse('Review Log 3')).toEqual({ ok: true, command: { name: 'review log', args: { page: 3 } } });
    expect(parse('grade set @ada 6 Partial')).toEqual({ ok: true, command: { name: 'grade set', args: { user: { userId: 'ada' }, question: 6, verdict: 'partial' } } });
    expect(parse('grade set @ada 6 biology correct same idea, other words')).toEqual({
      ok: true,
      command: { name: 'grade set', args: { user: { userId: 'ada' }, question: 6, deck: 'biology', verdict: 'correct', note: 'same idea, other words' } },
    });
    const wrong = parse('grade set @ada 6 maybe');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(words(wrong.error)).toBe('Usage: /grade set @member <question> [deck] correct|partial|incorrect [note]');
    const badPage = parse('review log 0');
    if (!badPage.ok) expect(words(badPage.error)).toMatch(/^A page number is a whole number from 1 to 100,000\.\nUsage: \/review log \[page\]$/);
    expect(badPage.ok).toBe(false);
  });

  it('reads a practice reminder: a time with or without a timezone, or off', () => {
    expect(parse('practice remind 8:00 Europe/Berlin')).toEqual({ ok: true, command: { name: 'practice remind', args: { time: '08:00', timezone: 'Europe/Berlin' } } });
    expect(parse('practice remind 08:00')).toEqual({ ok: true, command: { name: 'practice remind', args: { time: '08:00' } } });
    expect(parse('practice remind OFF')).toEqual({ ok: true, command: { name: 'practice remind', args: { time: 'off' } } });
    const wrong = parse('practice remind soon');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(words(wrong.error)).toBe('"soon" is not a time. Use 24-hour HH:MM, e.g. 09:30.\nUsage: /practice remind HH:MM|off [Area/City]');
  });

  it('offers only the settings the platform has', () => {
    const noThreads = { ...plain, settings: ['language', 'questions', 'seconds'] as const };
    const r = parseCommand(tokenize('settings thread on'), noThreads);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(words(r.error)).toMatch(/^"thread" is not a setting\. Settings: language\|questions\|seconds\./);
    expect(words(usageLine('settings', noThreads))).not.toContain('thread');
  });

  it('builds each usage line from the table, in English and German', () => {
    expect(words(usageLine('quiz start', plain))).toBe('/quiz start [deck] [questions] [seconds]');
    expect(words(usageLine('daily setup', plain), 'de')).toBe('/daily setup [#Kanal] HH:MM Region/Stadt [Deck]');
    expect(words(usageLine('deck show', plain), 'de')).toBe('/deck show <Deck>');
    for (const name of COMMAND_NAMES) for (const locale of ['en', 'de'] as const) expect(words(usageLine(name, plain), locale)).not.toMatch(/\{\{|\}\}/);
  });

  it('usage lines have no English left in the pseudo-locale but the keywords people type', () => {
    for (const name of COMMAND_NAMES) {
      // Keywords people type (`today|week`, `language`) are shown as written, marked ‹…›.
      expect(untranslated(words(usageLine(name, plain), 'en-XA')), name).toEqual([]);
    }
  });
});
