import { Locale as DiscordLocale } from 'discord.js';
import type { LocalizationMap } from 'discord.js';
import type { CommandName } from '../../i18n/commandNames.ts';
import type { LOCALES, Locale } from '../../i18n/locales.ts';
import type { MessageId } from '../../i18n/messageIds.ts';
import { catalogs } from '../../i18n/renderText.ts';

type Shipped = (typeof LOCALES)[number];

/** Discord's code for each language we ship besides English, the commands' canonical language. */
const discordLocales: Record<Exclude<Shipped, 'en'>, DiscordLocale> = { de: DiscordLocale.German };
const translated = Object.entries(discordLocales) as [Exclude<Shipped, 'en'>, DiscordLocale][];

type WordOf<I> = I extends `discordCommand.name.${infer W}` ? W : never;
/** A command, subcommand or option name the catalogs translate (`discordCommand.name.<word>`). */
export type CommandWord = WordOf<MessageId>;

const inCatalog = (locale: Shipped, id: MessageId): string => catalogs[locale][id as keyof (typeof catalogs)['en']];
const nameId = (word: CommandWord): MessageId => `discordCommand.name.${word}`;
const isWord = (w: string): w is CommandWord => nameId(w as CommandWord) in catalogs.en;

function localizations(text: (locale: Shipped) => string): LocalizationMap {
  return Object.fromEntries(translated.map(([locale, code]) => [code, text(locale)]));
}

/** A command's, subcommand's or option's name, and what Discord shows instead in each language. */
export const named = <W extends CommandWord>(word: W) => ({
  name: word,
  name_localizations: localizations((l) => inCatalog(l, nameId(word))),
});

/** A description in every language; `manageServer` notes that only members with that permission may use it. */
export function described(id: MessageId, o: { manageServer?: boolean } = {}) {
  const text = (l: Shipped) => (o.manageServer ? `${inCatalog(l, id)} ${inCatalog(l, 'discordCommand.manageServer')}` : inCatalog(l, id));
  return { description: text('en'), description_localizations: localizations(text) };
}

/** A fixed choice of an option: its shown name in every language; its value as the handler reads it. */
export const choice = <V extends string | number>(id: MessageId, value: V) => ({
  name: inCatalog('en', id),
  name_localizations: localizations((l) => inCatalog(l, id)),
  value,
});

/** Commands Discord spells differently: a command with subcommands is never typed alone, so the review queue is `/review queue`. */
export const discordForms: Partial<Record<CommandName, string>> = { review: 'review queue' };

/** A command as a reader of `locale` finds it in Discord: `daily setup` is `tagesfrage einrichten` in German. */
export function localCommand(name: CommandName, locale: Locale): string {
  const path = discordForms[name] ?? name;
  if (locale === 'en' || locale === 'en-XA') return path;
  return path
    .split(' ')
    .map((w) => (isWord(w) ? inCatalog(locale, nameId(w)) : w))
    .join(' ');
}
