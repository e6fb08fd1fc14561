import type { DailySetupOptions, QuizEngine, QuizStartOptions } from '../../../engine/api.ts';
import type { Caller, Period, Reply } from '../../../engine/types.ts';

/** One engine call, decided from the text of a `/quiz` command. */
export type QuizCall =
  | { op: 'help' }
  | { op: 'ask' }
  | { op: 'practice'; deck?: string }
  | { op: 'quizStart'; options: QuizStartOptions }
  | { op: 'quizStop' }
  | { op: 'leaderboard'; period?: Period; deck?: string }
  | { op: 'stats'; user?: { userId: string; userName?: string } }
  | { op: 'dailySetup'; options: DailySetupOptions }
  | { op: 'dailyPause' | 'dailyResume' | 'dailyNow' | 'dailyStatus' | 'dailySkip' }
  | { op: 'deckList' }
  | { op: 'deckShow' | 'deckUse' | 'deckRemove'; name: string }
  | { op: 'deckImportHelp' };

export type ParseResult = { ok: true; call: QuizCall } | { ok: false; usage: string };

/** Usage line of each subcommand, shown when its input is malformed. */
export const quizUsage = {
  start: '/quiz start [deck] [questions] [seconds]',
  stop: '/quiz stop',
  ask: '/quiz ask',
  practice: '/quiz practice [deck]',
  leaderboard: '/quiz leaderboard [today|week|month|all] [deck]',
  stats: '/quiz stats [@user]',
  daily: '/quiz daily setup #channel HH:MM Area/City [deck]  |  /quiz daily pause|resume|now|status|skip',
  dailySetup: '/quiz daily setup #channel HH:MM Area/City [deck]',
  deck: '/quiz deck list|show <deck>|use <deck>|remove <deck>|import',
  help: '/quiz help',
} as const;

const allUsage = Object.entries(quizUsage)
  .filter(([k]) => k !== 'dailySetup')
  .map(([, u]) => u);

/** Split command text into words; "double quotes" (also Slack's curly ones) keep spaces inside a word. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const re = /["“”]([^"“”]*)["“”]|(\S+)/g;
  for (const m of text.matchAll(re)) words.push(m[1] ?? m[2] ?? '');
  return words.filter((w) => w.length > 0);
}

/** `<@U123|name>` or `<@U123>` (how Slack escapes a user mention in command text). */
export function parseUserMention(word: string): { userId: string; userName?: string } | undefined {
  const m = /^<@([UW][A-Z0-9]+)(?:\|([^>]*))?>$/.exec(word);
  if (!m?.[1]) return undefined;
  return m[2] ? { userId: m[1], userName: m[2] } : { userId: m[1] };
}

/** `<#C123|name>` or `<#C123>` (how Slack escapes a channel mention in command text). */
export function parseChannelMention(word: string): string | undefined {
  return /^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(word)?.[1];
}

export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const periods: readonly string[] = ['today', 'week', 'month', 'all'] satisfies Period[];
const isPositiveInt = (w: string) => /^\d{1,6}$/.test(w) && Number(w) > 0;

const ok = (call: QuizCall): ParseResult => ({ ok: true, call });
const usage = (line: string): ParseResult => ({ ok: false, usage: line });

/** Parse the text after `/quiz` into one engine call, or the usage line of the subcommand. */
export function parseQuizCommand(text: string): ParseResult {
  const [sub = 'help', ...args] = tokenize(text);
  switch (sub.toLowerCase()) {
    case 'help':
      return args.length === 0 ? ok({ op: 'help' }) : usage(quizUsage.help);
    case 'ask':
      return args.length === 0 ? ok({ op: 'ask' }) : usage(quizUsage.ask);
    case 'practice':
      return args.length <= 1 ? ok({ op: 'practice', ...(args[0] ? { deck: args[0] } : {}) }) : usage(quizUsage.practice);
    case 'start':
      return parseStart(args);
    case 'stop':
      return args.length === 0 ? ok({ op: 'quizStop' }) : usage(quizUsage.stop);
    case 'leaderboard':
    case 'lb':
      return parseLeaderboard(args);
    case 'stats': {
      if (args.length === 0) return ok({ op: 'stats' });
      const user = args.length === 1 && args[0] ? parseUserMention(args[0]) : undefined;
      return user ? ok({ op: 'stats', user }) : usage(quizUsage.stats);
    }
    case 'daily':
      return parseDaily(args);
    case 'deck':
    case 'decks':
      return parseDeck(args);
    default:
      return usage(allUsage.join('\n'));
  }
}

function parseStart(args: string[]): ParseResult {
  const rest = [...args];
  const options: QuizStartOptions = {};
  if (rest[0] !== undefined && !isPositiveInt(rest[0])) options.deck = rest.shift();
  if (rest.length > 2 || !rest.every(isPositiveInt)) return usage(quizUsage.start);
  if (rest[0] !== undefined) options.questions = Number(rest[0]);
  if (rest[1] !== undefined) options.seconds = Number(rest[1]);
  return ok({ op: 'quizStart', options });
}

function parseLeaderboard(args: string[]): ParseResult {
  const rest = [...args];
  let period: Period | undefined;
  if (rest[0] !== undefined && periods.includes(rest[0].toLowerCase())) period = rest.shift()?.toLowerCase() as Period;
  if (rest.length > 1) return usage(quizUsage.leaderboard);
  return ok({ op: 'leaderboard', ...(period ? { period } : {}), ...(rest[0] ? { deck: rest[0] } : {}) });
}

function parseDaily(args: string[]): ParseResult {
  const [action = '', ...rest] = args;
  const simple = { pause: 'dailyPause', resume: 'dailyResume', now: 'dailyNow', status: 'dailyStatus', skip: 'dailySkip' } as const;
  const key = action.toLowerCase();
  if (key in simple) return rest.length === 0 ? ok({ op: simple[key as keyof typeof simple] }) : usage(quizUsage.daily);
  if (key !== 'setup') return usage(quizUsage.daily);
  const [channel, time, timezone, deck, ...extra] = rest;
  const channelId = channel ? parseChannelMention(channel) : undefined;
  const timeOk = time !== undefined && /^([01]?\d|2[0-3]):[0-5]\d$/.test(time);
  if (!channelId || !timeOk || !timezone || !isTimeZone(timezone) || extra.length > 0) return usage(quizUsage.dailySetup);
  const hhmm = time.padStart(5, '0');
  return ok({ op: 'dailySetup', options: { channelId, time: hhmm, timezone, ...(deck ? { deck } : {}) } });
}

function parseDeck(args: string[]): ParseResult {
  const [action = '', name, ...extra] = args;
  switch (action.toLowerCase()) {
    case 'list':
      return name === undefined ? ok({ op: 'deckList' }) : usage(quizUsage.deck);
    case 'import':
      return ok({ op: 'deckImportHelp' });
    case 'show':
    case 'use':
    case 'remove': {
      if (!name || extra.length > 0) return usage(quizUsage.deck);
      const op = ({ show: 'deckShow', use: 'deckUse', remove: 'deckRemove' } as const)[action.toLowerCase() as 'show' | 'use' | 'remove'];
      return ok({ op, name });
    }
    default:
      return usage(quizUsage.deck);
  }
}

/** How to import a deck on Slack (shown for `/quiz deck import`). */
export const deckImportHelp: Reply = {
  visibility: 'private',
  kind: 'info',
  title: 'Import a deck',
  body:
    'Open a direct message with the app and share the deck file there (Markdown `.md`/`.txt`, YAML, JSON or CSV, up to 5 MB). ' +
    'The deck is imported into this workspace and I reply with what I found.',
};

/** Make the one engine call a parsed command stands for. */
export function runQuizCall(engine: QuizEngine, caller: Caller, call: QuizCall): Reply | Promise<Reply> {
  switch (call.op) {
    case 'help':
      return engine.help(caller);
    case 'ask':
      return engine.ask(caller);
    case 'practice':
      return engine.practice(caller, call.deck);
    case 'quizStart':
      return engine.quizStart(caller, call.options);
    case 'quizStop':
      return engine.quizStop(caller);
    case 'leaderboard':
      return engine.leaderboard(caller, { ...(call.period ? { period: call.period } : {}), ...(call.deck ? { deck: call.deck } : {}) });
    case 'stats':
      return engine.stats(caller, call.user);
    case 'dailySetup':
      return engine.dailySetup(caller, call.options);
    case 'dailyPause':
      return engine.dailyPause(caller);
    case 'dailyResume':
      return engine.dailyResume(caller);
    case 'dailyNow':
      return engine.dailyNow(caller);
    case 'dailyStatus':
      return engine.dailyStatus(caller);
    case 'dailySkip':
      return engine.dailySkip(caller);
    case 'deckList':
      return engine.deckList(caller);
    case 'deckShow':
      return engine.deckShow(caller, call.name);
    case 'deckUse':
      return engine.deckUse(caller, call.name);
    case 'deckRemove':
      return engine.deckRemove(caller, call.name);
    case 'deckImportHelp':
      return deckImportHelp;
  }
}

/** The reply for malformed input. */
export function usageReply(line: string): Reply {
  return { visibility: 'private', kind: 'error', body: `Usage:\n${line.split('\n').map((l) => `\`${l}\``).join('\n')}` };
}
