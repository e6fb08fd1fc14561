import type { CommandName } from '../../../i18n/commandNames.ts';
import { intlDate, type DateShow, type TextFormat } from '../../../i18n/TextFormat.ts';

const TOKEN: Record<DateShow, string> = { date: '{date_short_pretty}', datetime: '{date_short_pretty} {time}', time: '{time}' };

/** On Slack every command but /answer is a `/quiz` subcommand: `/daily setup` is `/quiz daily setup`, `quiz start` is `/quiz start`. */
export const slackCommand = (name: CommandName): string => (name === 'answer' ? '/answer' : `/quiz ${name.replace(/^quiz /, '')}`);

/**
 * Slack's own syntax: channel links, `<!date>` tokens shown in each reader's timezone, and
 * members by name (a `<@U…>` mention would notify them).
 */
export const slackFormat: TextFormat = {
  channel: (id) => `<#${id}>`,
  command: (name) => `\`${slackCommand(name)}\``,
  user: (id, name) => name ?? id,
  date: (ms, show, zone, locale) => `<!date^${Math.floor(ms / 1000)}^${TOKEN[show]}|${intlDate(ms, show, zone, locale)}>`,
};
