import { msg, type Msg } from '../../core/text.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { MessageId } from '../../i18n/messageIds.ts';
import { renderText } from '../../i18n/renderText.ts';
import { discordFormat } from './discordFormat.ts';

/** Wording that belongs to the Discord adapter itself (catalog ids `discord.*`); everything else comes from the engine. */
export const messages = {
  apology: msg('common.apology'),
  guildOnly: msg('discord.guildOnly'),
  unknownCommand: msg('discord.unknownCommand'),
  unknownButton: msg('discord.unknownButton'),
  fileTooLarge: (maxMb: number) => msg('discord.fileTooLarge', { maxMb }),
  downloadFailed: msg('discord.downloadFailed'),
} as const satisfies Record<string, Msg | ((...a: never[]) => Msg)>;

/** One of the adapter's labels in a reader's language. */
export const label = (id: MessageId, locale: Locale): string => renderText(msg(id), locale, discordFormat);
