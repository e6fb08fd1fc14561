import type { CommandName } from '../../i18n/commandNames.ts';
import { intlDate, type TextFormat } from '../../i18n/TextFormat.ts';

/** The playground's forms: `/quiz` starts a quiz, channels are `#name`, times in this terminal's timezone. */
export const shellCommand = (name: CommandName): string => (name === 'quiz start' ? '/quiz' : `/${name}`);

export const shellFormat: TextFormat = {
  channel: (id) => `#${id}`,
  command: (name) => shellCommand(name),
  user: (id, name) => name ?? id,
  date: (ms, show, zone, locale) => intlDate(ms, show, zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, locale),
};
