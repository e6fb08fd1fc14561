/**
 * One grammar for commands typed as text (Slack's `/quiz …`, the playground): a table of
 * commands with typed arguments, checked by the validators in core. Wrong input gets the
 * same message on every platform: what is wrong, and the usage line built from the table,
 * with command names as refs so each platform shows its own form.
 */
import { msg, raw, type Msg, type Text } from '../core/text.ts';
import * as v from '../core/validate.ts';
import { COMMAND_NAMES, type CommandName } from '../i18n/commandNames.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { MessageId } from '../i18n/messageIds.ts';
import type { SettingsChanges } from './api.ts';

/** A typed word, with the text from it to the end of the line (free text such as an answer keeps its own spacing). */
export interface Token {
  word: string;
  rest: string;
}

/** Words of a command line; "double quotes" (also Slack's curly ones) keep spaces inside a word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]|(\S+)/g)) {
    const word = m[1] ?? m[2] ?? '';
    if (word) tokens.push({ word, rest: text.slice(m.index).trim() });
  }
  return tokens;
}

/** Settings a text command can change, as typed, and the setting each stands for. */
export const SETTING_WORDS = { language: 'language', questions: 'quizQuestions', seconds: 'quizSeconds', thread: 'revealInThread' } as const;
export type SettingWord = keyof typeof SETTING_WORDS;

/** How one platform writes channels and members in command text, and which settings it has. */
export interface Dialect {
  channel(word: string): string | undefined;
  user(word: string): v.UserRef | undefined;
  settings: readonly SettingWord[];
}

/** Reading one argument: its value, what is wrong with it, or `undefined` when only the usage line helps. */
type Read<T> = v.Checked<T> | undefined;

interface ArgType<T> {
  placeholder(d: Dialect): Text;
  /** `name`: shown `<like this>` when required; `format`: shown as it is (HH:MM); `own`: brings its own brackets. */
  show: 'name' | 'format' | 'own';
  /** For an optional argument: whether a word is meant for it; if not, the word is left for the next argument. */
  fits?(word: string): boolean;
  /** Takes every word left rather than one. */
  rest?: boolean;
  read(tokens: readonly Token[], d: Dialect): Read<T>;
}

interface Arg<K extends string, T, O extends boolean> {
  key: K;
  type: ArgType<T>;
  optional: O;
}
type AnyArg = Arg<string, unknown, boolean>;
const opt = <K extends string, T>(key: K, type: ArgType<T>): Arg<K, T, true> => ({ key, type, optional: true });
const req = <K extends string, T>(key: K, type: ArgType<T>): Arg<K, T, false> => ({ key, type, optional: false });

const word = <T>(placeholder: MessageId, show: 'name' | 'format', check: (w: string, d: Dialect) => v.Checked<T>, fits?: (w: string) => boolean): ArgType<T> => ({
  placeholder: () => msg(placeholder),
  show,
  ...(fits ? { fits } : {}),
  read: (tokens, d) => check(tokens[0]!.word, d),
});

const deck = word('usage.arg.deck', 'name', v.deckName);
/** Before numbers (`/quiz start 5 30`), a number is not a deck. */
const deckBeforeNumbers = { ...deck, fits: (w: string) => !v.isNumberWord(w) };
const count = (range: v.NumberRange, placeholder: MessageId) => word(placeholder, 'name', (w) => v.wholeNumber(w, range), v.isNumberWord);
const period: ArgType<v.Period> = {
  placeholder: () => raw(v.PERIODS.join('|')),
  show: 'format',
  fits: (w) => v.isPeriod(w.toLowerCase()),
  read: (tokens) => v.period(tokens[0]!.word),
};
const member = word('usage.arg.member', 'format', (w, d) => v.userRef(w, d.user));
const channel = word('usage.arg.channel', 'format', (w, d) => v.channelRef(w, d.channel), (w) => /^<?#/.test(w));
const time = word('usage.arg.time', 'format', v.timeOfDay);
const timezone = word('usage.arg.timezone', 'format', v.timeZone);
const remindTime = word('practice.arg.remind', 'format', v.reminderTime);
const seasonLength = word('season.arg.length', 'format', v.seasonLength, v.isSeasonLengthWord);
const seasonName = word('season.arg.name', 'name', v.seasonName, (w) => !v.isSeasonLengthWord(w));
/** A file path: one word (quoted if it has spaces), or the rest of the line, spaces and all. */
const file: ArgType<string> = {
  placeholder: () => msg('usage.arg.file'),
  show: 'name',
  rest: true,
  read: (tokens) => ({ ok: true, value: tokens.length === 1 ? tokens[0]!.word : tokens[0]!.rest }),
};

const textUpToEnd = (placeholder: MessageId): ArgType<string> => ({
  placeholder: () => msg(placeholder),
  show: 'name',
  rest: true,
  read: (tokens) => ({ ok: true, value: tokens[0]!.rest }),
});
const freeText = textUpToEnd('usage.arg.answer');

const verdict: ArgType<v.ReviewVerdictWord> = {
  placeholder: () => raw(v.REVIEW_VERDICTS.join('|')),
  show: 'format',
  fits: v.isReviewVerdict,
  read: (tokens) => v.reviewVerdict(tokens[0]!.word),
};
/** Before a verdict (`/grade set @ada 6 biology correct`), a verdict is not a deck. */
const deckBeforeVerdict = { ...deck, fits: (w: string) => !v.isReviewVerdict(w) };
const page = count(v.REVIEW_LIMITS.page, 'review.arg.page');
/** `image` at the end of /stats and /leaderboard: the reply as a picture too. Never a deck or a member there. */
const IMAGE_WORD = 'image';
const isImageWord = (w: string) => w.toLowerCase() === IMAGE_WORD;
const imageFlag: ArgType<true> = {
  placeholder: () => raw(IMAGE_WORD),
  show: 'format',
  fits: isImageWord,
  read: () => ({ ok: true, value: true }),
};
const deckBeforeImage = { ...deck, fits: (w: string) => !isImageWord(w) };
const memberBeforeImage = { ...member, fits: (w: string) => !isImageWord(w) };

const settingValue: Record<SettingWord, (w: string) => v.Checked<string | number | boolean>> = {
  language: v.language,
  questions: (w) => v.wholeNumber(w, v.QUIZ_LIMITS.questions),
  seconds: (w) => v.wholeNumber(w, v.QUIZ_LIMITS.seconds),
  thread: v.onOff,
};
const settingChoices: Record<SettingWord, () => Text> = {
  language: () => raw(LOCALES.join('|')),
  questions: () => msg('usage.arg.number'),
  seconds: () => msg('usage.arg.number'),
  thread: () => raw('on|off'),
};

/** `language de`, `questions 10`, `reset seconds`, …: one or more changes. */
const settingsChanges: ArgType<SettingsChanges> = {
  placeholder: (d) =>
    words([
      ...d.settings.map((s) => msg('usage.optional', { arg: words([raw(s), settingChoices[s]()]) })),
      msg('usage.optional', { arg: words([raw('reset'), msg('usage.required', { arg: msg('usage.arg.setting') })]) }),
    ]),
  show: 'own',
  rest: true,
  read(tokens, d) {
    const changes: Record<string, unknown> = {};
    const known = (w: string | undefined) => d.settings.find((s) => s === w?.toLowerCase());
    for (let i = 0; i < tokens.length; i += 2) {
      const key = tokens[i]!.word;
      const value = tokens[i + 1]?.word;
      const reset = key.toLowerCase() === 'reset';
      if (!reset && !known(key)) return badSetting(key, d);
      if (value === undefined) return undefined;
      if (reset) {
        const s = known(value);
        if (!s) return badSetting(value, d);
        changes[SETTING_WORDS[s]] = null;
        continue;
      }
      const s = known(key)!;
      const checked = settingValue[s](value);
      if (!checked.ok) return checked;
      changes[SETTING_WORDS[s]] = checked.value;
    }
    return { ok: true, value: changes as SettingsChanges };
  },
};
const badSetting = (input: string, d: Dialect): Read<never> => ({ ok: false, error: msg('usage.badSetting', { input, choices: d.settings.join('|') }) });

/** Every text command and its arguments, in the order they are typed. */
export const GRAMMAR = {
  answer: [req('text', freeText)],
  ask: [],
  'quiz start': [opt('deck', deckBeforeNumbers), opt('questions', count(v.QUIZ_LIMITS.questions, 'usage.arg.questions')), opt('seconds', count(v.QUIZ_LIMITS.seconds, 'usage.arg.seconds'))],
  'quiz stop': [],
  practice: [opt('deck', deck)],
  'practice stats': [],
  'practice remind': [req('time', remindTime), opt('timezone', timezone)],
  leaderboard: [opt('period', period), opt('deck', deckBeforeImage), opt('image', imageFlag)],
  'season start': [opt('name', seasonName), opt('length', seasonLength)],
  'season end': [],
  stats: [opt('user', memberBeforeImage), opt('image', imageFlag)],
  'daily setup': [opt('channel', channel), req('time', time), req('timezone', timezone), opt('deck', deck)],
  'daily pause': [],
  'daily resume': [],
  'daily now': [],
  'daily status': [],
  'daily skip': [],
  'deck list': [],
  'deck show': [req('name', deck)],
  'deck import': [opt('file', file)],
  'deck use': [req('name', deck)],
  'deck remove': [req('name', deck)],
  settings: [opt('changes', settingsChanges)],
  status: [],
  appeal: [opt('reason', textUpToEnd('review.arg.reason'))],
  review: [opt('page', page)],
  'review log': [opt('page', page)],
  'grade set': [req('user', member), req('question', count(v.REVIEW_LIMITS.question, 'review.arg.question')), opt('deck', deckBeforeVerdict), req('verdict', verdict), opt('note', textUpToEnd('review.arg.note'))],
  help: [],
} as const satisfies Record<CommandName, readonly AnyArg[]>;

type ValueOf<A> = A extends Arg<string, infer T, boolean> ? T : never;
type ArgsOf<L extends readonly AnyArg[]> = { [A in L[number] as A['optional'] extends true ? never : A['key']]: ValueOf<A> } & {
  [A in L[number] as A['optional'] extends true ? A['key'] : never]?: ValueOf<A>;
};
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A command as typed, its arguments checked and typed. */
export type ParsedCommand = { [N in CommandName]: { name: N; args: Simplify<ArgsOf<(typeof GRAMMAR)[N]>> } }[CommandName];

export type ParseResult = { ok: true; command: ParsedCommand } | { ok: false; error: Text; command?: CommandName };

/** Short forms people type. */
const ALIASES: Readonly<Record<string, string>> = { lb: 'leaderboard', decks: 'deck' };
/** What a group word alone (or followed by arguments) means: `/quiz 5` starts a quiz, `/deck` lists decks. */
const GROUP_DEFAULTS: Readonly<Record<string, CommandName>> = { quiz: 'quiz start', deck: 'deck list' };
const groupOf = (name: CommandName) => (name.includes(' ') ? name.split(' ')[0] : undefined);
const isCommandName = (s: string): s is CommandName => (COMMAND_NAMES as readonly string[]).includes(s);

/**
 * Reads a command from its words: the command's own words first (`daily setup`; a leading
 * slash is ignored), then its arguments. Each platform turns its own forms into these words
 * first (Slack's `/quiz start` is `quiz start`).
 */
export function parseCommand(input: readonly (Token | string)[], d: Dialect): ParseResult {
  const tokens = input.map((t, i) => (typeof t === 'string' ? { word: t, rest: input.slice(i).join(' ') } : t));
  const first = tokens[0];
  if (!first) return { ok: true, command: { name: 'help', args: {} } };
  const head = first.word.replace(/^\//, '').toLowerCase();
  const w = ALIASES[head] ?? head;
  // A command of two words comes first: `review log` rather than `review` with an argument.
  const sub = `${w} ${tokens[1]?.word.toLowerCase() ?? ''}`;
  if (isCommandName(sub)) return withUsage(sub, [sub], parseArgs(sub, tokens.slice(2), d), d);
  if (isCommandName(w)) return withUsage(w, [w], parseArgs(w, tokens.slice(1), d), d);
  const members = COMMAND_NAMES.filter((n) => groupOf(n) === w);
  if (!members.length) return { ok: false, error: msg('usage.unknownCommand', { word: first.word, lines: COMMAND_NAMES.map((n) => usageLine(n, d)) }) };
  // A group word alone or before arguments: its default command if there is one, else how the group is used.
  const fallback = GROUP_DEFAULTS[w];
  return withUsage(fallback, members, fallback ? parseArgs(fallback, tokens.slice(1), d) : { ok: false }, d);
}

type ArgsRead = { ok: true; command: ParsedCommand } | { ok: false; problem?: Msg };

function withUsage(name: CommandName | undefined, shown: readonly CommandName[], r: ArgsRead, d: Dialect): ParseResult {
  if (r.ok) return r;
  return { ok: false, ...(name ? { command: name } : {}), error: usageOf(shown, d, r.problem) };
}

function parseArgs(name: CommandName, tokens: readonly Token[], d: Dialect): ArgsRead {
  const spec: readonly AnyArg[] = GRAMMAR[name];
  const args: Record<string, unknown> = {};
  let i = 0;
  for (const a of spec) {
    const next = tokens[i];
    if (!next || (a.optional && a.type.fits && !a.type.fits(next.word))) {
      if (a.optional) continue;
      return { ok: false };
    }
    const taken = a.type.rest ? tokens.slice(i) : [next];
    const r = a.type.read(taken, d);
    if (!r) return { ok: false };
    if (!r.ok) return { ok: false, problem: r.error };
    args[a.key] = r.value;
    i += taken.length;
  }
  if (i < tokens.length) return { ok: false };
  return { ok: true, command: { name, args } as ParsedCommand };
}

/** Words shown with one space between them. */
function words(parts: readonly Text[]): Text {
  const [first, ...rest] = parts;
  if (first === undefined) return [];
  return rest.length ? msg('usage.then', { first, rest: words(rest) }) : first;
}

/** A command's usage line: its name in the platform's form, then its arguments. */
export function usageLine(name: CommandName, d: Dialect): Text {
  const args = (GRAMMAR[name] as readonly AnyArg[]).map((a) => {
    const p = a.type.placeholder(d);
    if (a.type.show === 'own') return p;
    if (a.optional) return msg('usage.optional', { arg: p });
    return a.type.show === 'name' ? msg('usage.required', { arg: p }) : p;
  });
  return args.length ? msg('usage.then', { first: { command: name }, rest: words(args) }) : msg('usage.command', { command: { command: name } });
}

/** What to show for wrong input: what is wrong (if a validator said), then how the command is used. */
export function usageOf(names: readonly CommandName[], d: Dialect, problem?: Msg): Text {
  const usage = names.length === 1 ? msg('usage.line', { line: usageLine(names[0]!, d) }) : msg('usage.lines', { lines: names.map((n) => usageLine(n, d)) });
  return problem ? [problem, usage] : usage;
}
