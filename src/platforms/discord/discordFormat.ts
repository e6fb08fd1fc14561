import type { CommandName } from '../../i18n/commandNames.ts';
import type { DateShow, TextFormat } from '../../i18n/TextFormat.ts';
import { localCommand } from './commandLocales.ts';

const STYLE: Record<DateShow, string> = { date: 'D', datetime: 'f', time: 't' };

/**
 * Discord's own syntax: channel links, native timestamps (each reader sees their own
 * timezone and language), user and role mentions that never ping (replies set allowed_mentions none),
 * commands by the names Discord shows in the reader's language.
 */
export const discordFormat: TextFormat = {
  channel: (id) => `<#${id}>`,
  command: (name: CommandName, locale) => `\`/${localCommand(name, locale)}\``,
  user: (id) => `<@${id}>`,
  role: (id) => `<@&${id}>`,
  date: (ms, show) => `<t:${Math.floor(ms / 1000)}:${STYLE[show]}>`,
};
