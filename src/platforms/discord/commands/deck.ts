import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { DECK_NAME_MAX } from '../../../core/validate.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly } from './options.ts';

const nameOption = {
  type: ApplicationCommandOptionType.String as const,
  ...named('name'),
  ...described('discordCommand.deck.name'),
  required: true,
  autocomplete: true,
  max_length: DECK_NAME_MAX,
};

export const deck = {
  data: {
    ...named('deck'),
    ...described('discordCommand.deck'),
    ...guildOnly,
    options: [
      { type: ApplicationCommandOptionType.Subcommand, ...named('list'), ...described('discordCommand.deck.list') },
      { type: ApplicationCommandOptionType.Subcommand, ...named('show'), ...described('discordCommand.deck.show'), options: [nameOption] },
      {
        type: ApplicationCommandOptionType.Subcommand,
        ...named('import'),
        ...described('discordCommand.deck.import', { manageServer: true }),
        options: [{ type: ApplicationCommandOptionType.Attachment, ...named('file'), ...described('discordCommand.deck.import.file'), required: true }],
      },
      { type: ApplicationCommandOptionType.Subcommand, ...named('use'), ...described('discordCommand.deck.use', { manageServer: true }), options: [nameOption] },
      { type: ApplicationCommandOptionType.Subcommand, ...named('remove'), ...described('discordCommand.deck.remove', { manageServer: true }), options: [nameOption] },
    ],
  },
  async run({ interaction, caller, engine, defer, download }) {
    const o = interaction.options;
    switch (o.getSubcommand()) {
      case 'show':
        return engine.deckShow(caller, o.getString('name', true));
      case 'import': {
        const file = o.getAttachment('file', true);
        await defer('private'); // downloading and parsing can take a while
        return engine.deckImport(caller, { fileName: file.name, bytes: await download(file) });
      }
      case 'use':
        return engine.deckUse(caller, o.getString('name', true));
      case 'remove':
        return engine.deckRemove(caller, o.getString('name', true));
      default:
        return engine.deckList(caller);
    }
  },
  autocomplete: deckOrTimezone,
} satisfies Command;
