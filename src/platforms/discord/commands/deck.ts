import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { guildOnly } from './options.ts';

const nameOption = (description: string) => ({
  type: ApplicationCommandOptionType.String as const,
  name: 'name',
  description,
  required: true,
  autocomplete: true,
  max_length: 100,
});

export const deck = {
  data: {
    name: 'deck',
    description: 'Question decks of this server',
    ...guildOnly,
    options: [
      { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'Decks available here' },
      { type: ApplicationCommandOptionType.Subcommand, name: 'show', description: 'Describe a deck', options: [nameOption('Deck')] },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'import',
        description: 'Add a deck from a file (.md, .txt, .yaml, .json, .csv) (Manage Server)',
        options: [{ type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'The deck file', required: true }],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'use', description: "Make a deck the server's default (Manage Server)", options: [nameOption('Deck')] },
      { type: ApplicationCommandOptionType.Subcommand, name: 'remove', description: 'Remove an imported deck (Manage Server)', options: [nameOption('Deck')] },
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
        return engine.deckImport(caller, { fileName: file.name, text: await download(file) });
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
