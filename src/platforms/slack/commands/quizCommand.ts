import { msg } from '../../../core/text.ts';
import { deckLimits } from '../../../decks/deckLimits.ts';
import type { QuizEngine } from '../../../engine/api.ts';
import { type Dialect, type ParseResult, parseCommand, tokenize, type Token } from '../../../engine/commandGrammar.ts';
import { runCommand } from '../../../engine/runCommand.ts';
import type { Caller, Reply } from '../../../engine/types.ts';

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

/** Slack's command text: escaped mentions; reveals may go in threads. */
export const slackDialect: Dialect = {
  channel: parseChannelMention,
  user: parseUserMention,
  settings: ['language', 'questions', 'seconds', 'thread'],
};

/** The grammar's words for a Slack slash command: `/answer x` is `answer x`, `/quiz start` is `quiz start`, `/quiz daily now` is `daily now`. */
export function slackTokens(command: string, text: string): Token[] {
  const tokens = tokenize(text);
  if (command === '/answer') return [{ word: 'answer', rest: text.trim() }, ...tokens];
  const first = tokens[0]?.word.toLowerCase();
  return first === 'start' || first === 'stop' ? [{ word: 'quiz', rest: text.trim() }, ...tokens] : tokens;
}

/** A Slack slash command (`/quiz` or `/answer`) and its text, read with the shared grammar. */
export const parseSlackCommand = (command: string, text: string): ParseResult => parseCommand(slackTokens(command, text), slackDialect);

/** How to import a deck on Slack (shown for `/quiz deck import`). */
export const deckImportHelp: Reply = {
  visibility: 'private',
  kind: 'info',
  title: msg('usage.deckImportTitle'),
  body: msg('usage.deckImportInDm', { maxMb: Math.round(deckLimits.maxBytes / (1024 * 1024)) }),
};

/** The engine call a parsed command stands for; a deck is imported by sharing its file in a DM. */
export const runSlackCommand = (engine: QuizEngine, caller: Caller, parsed: Extract<ParseResult, { ok: true }>) =>
  runCommand(engine, caller, parsed.command, { deckImport: () => deckImportHelp });
