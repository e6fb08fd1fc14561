import { describe, expect, it } from 'vitest';
import {
  type Checked,
  QUIZ_LIMITS,
  channelRef,
  deckName,
  language,
  onOff,
  period,
  timeOfDay,
  timeZone,
  userRef,
  wholeNumber,
} from '../../src/core/validate.ts';
import { words } from '../helpers/shown.ts';

const value = <T>(r: Checked<T>): T => {
  if (!r.ok) throw new Error(`expected a value, got "${words(r.error)}"`);
  return r.value;
};
/** The problem as an English reader sees it. */
const problem = <T>(r: Checked<T>, locale: 'en' | 'de' = 'en'): string => {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return words(r.error, locale);
};

describe('time of day', () => {
  it('takes 24-hour H:MM or HH:MM and gives HH:MM', () => {
    expect(value(timeOfDay('9:05'))).toBe('09:05');
    expect(value(timeOfDay(' 23:59 '))).toBe('23:59');
    expect(value(timeOfDay('00:00'))).toBe('00:00');
  });

  it('refuses what is not a time of day, naming it', () => {
    for (const bad of ['24:00', '12:60', '9', '9.30', 'noon', '']) expect(problem(timeOfDay(bad))).toContain('is not a time. Use 24-hour HH:MM');
    expect(problem(timeOfDay('25:00'))).toBe('"25:00" is not a time. Use 24-hour HH:MM, e.g. 09:30.');
  });
});

describe('timezone', () => {
  it('takes IANA names, including deep and UTC ones', () => {
    expect(value(timeZone('Europe/Berlin'))).toBe('Europe/Berlin');
    expect(value(timeZone('America/Argentina/Buenos_Aires'))).toBe('America/Argentina/Buenos_Aires');
    expect(value(timeZone(' UTC '))).toBe('UTC');
  });

  it('refuses names no timezone database knows', () => {
    expect(problem(timeZone('Mars/Olympus'))).toBe('"Mars/Olympus" is not a timezone I know. Use an IANA name such as Europe/Berlin or America/New_York.');
    expect(problem(timeZone(''))).toContain('is not a timezone I know');
    expect(problem(timeZone('x'.repeat(80)))).toContain('is not a timezone I know');
  });
});

describe('period', () => {
  it('takes today, week, month and all in any letter case', () => {
    expect(value(period('today'))).toBe('today');
    expect(value(period('WEEK'))).toBe('week');
    expect(value(period('Month'))).toBe('month');
    expect(value(period('all'))).toBe('all');
  });

  it('refuses anything else', () => {
    expect(problem(period('year'))).toBe('"year" is not a period. Use today, week, month, season or all.');
  });
});

describe('whole numbers in a range', () => {
  it('takes numbers typed or given, at both ends of the range', () => {
    expect(value(wholeNumber('1', QUIZ_LIMITS.questions))).toBe(1);
    expect(value(wholeNumber('+50', QUIZ_LIMITS.questions))).toBe(50);
    expect(value(wholeNumber(600, QUIZ_LIMITS.seconds))).toBe(600);
  });

  it('refuses numbers outside, fractions and words, saying which quantity and its range', () => {
    for (const bad of ['0', '51', '-3', '2.5', 'five', '']) {
      expect(problem(wholeNumber(bad, QUIZ_LIMITS.questions))).toBe('The number of questions must be a whole number from 1 to 50.');
    }
    expect(problem(wholeNumber(9, QUIZ_LIMITS.seconds))).toBe('Seconds per question must be a whole number from 10 to 600.');
    expect(problem(wholeNumber(1.5, QUIZ_LIMITS.seconds))).toContain('from 10 to 600');
  });

  it('says it in German too', () => {
    expect(problem(wholeNumber('9999', QUIZ_LIMITS.seconds), 'de')).toBe('Die Sekunden pro Frage müssen eine ganze Zahl von 10 bis 600 sein.');
  });
});

describe('deck names, channels and members', () => {
  it('takes a deck name as typed, trimmed, and refuses an empty or overlong one', () => {
    expect(value(deckName(' my deck '))).toBe('my deck');
    expect(problem(deckName('  '))).toBe('A deck name has at most 100 characters.');
    expect(problem(deckName('d'.repeat(101)))).toBe('A deck name has at most 100 characters.');
  });

  it('reads channels and members with the platform’s own syntax', () => {
    const slackChannel = (w: string) => /^<#(C\w+)(\|[^>]*)?>$/.exec(w)?.[1];
    expect(value(channelRef('<#C123|general>', slackChannel))).toBe('C123');
    expect(problem(channelRef('#general', slackChannel))).toBe('"#general" is not a channel. Type # and pick the channel.');
    const atName = (w: string) => (/^@\w+$/.test(w) ? { userId: w.slice(1).toLowerCase(), userName: w.slice(1) } : undefined);
    expect(value(userRef('@Ada', atName))).toEqual({ userId: 'ada', userName: 'Ada' });
    expect(problem(userRef('ada', atName))).toBe('"ada" is not a member. Type @ and pick their name.');
  });
});

describe('settings values', () => {
  it('takes a shipped language in any letter case', () => {
    expect(value(language('DE'))).toBe('de');
    expect(value(language('en'))).toBe('en');
    expect(problem(language('fr'))).toBe('"fr" is not a language I speak. Use en|de.');
    expect(problem(language('en-XA'))).toContain('is not a language I speak');
  });

  it('takes on and off', () => {
    expect(value(onOff('ON'))).toBe(true);
    expect(value(onOff('off'))).toBe(false);
    expect(problem(onOff('maybe'))).toBe('Use on or off here, not "maybe".');
  });
});
