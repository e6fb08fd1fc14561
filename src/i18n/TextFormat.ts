import type { CommandName } from './commandNames.ts';
import type { Locale } from './locales.ts';

/** How one platform writes what messages refer to: its own channel, command, user and date syntax. */
export interface TextFormat {
  channel(id: string): string;
  command(name: CommandName, locale: Locale): string;
  /** A member, never as a ping: replies must not notify anyone. */
  user(id: string, name: string | undefined): string;
  /** A role (Discord), never as a ping; platforms without roles show the id. */
  role?(id: string): string;
  date(ms: number, show: DateShow, zone: string | undefined, locale: Locale): string;
}

export type DateShow = 'date' | 'datetime' | 'time';

/** A moment in the locale's words, in `zone` (an IANA name) or UTC. */
export function intlDate(ms: number, show: DateShow, zone: string | undefined, locale: Locale): string {
  const opts: Intl.DateTimeFormatOptions = { timeZone: zone ?? 'UTC' };
  if (show !== 'time') opts.dateStyle = 'medium';
  if (show !== 'date') opts.timeStyle = 'short';
  const text = new Intl.DateTimeFormat(intlTag(locale), opts).format(ms);
  return zone ? text : `${text} UTC`;
}

/** The tag Intl formatters take: the pseudo-locale formats like English. */
export const intlTag = (locale: Locale): string => (locale === 'en-XA' ? 'en' : locale);
