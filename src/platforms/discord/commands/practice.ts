import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { described, named } from '../commandLocales.ts';
import { deckOption, guildOnly } from './options.ts';

/** Personal practice: a private question whose model answer comes right after the answer. */
export const practice = {
  data: {
    ...named('practice'),
    ...described('discordCommand.practice'),
    ...guildOnly,
    options: [deckOption('discordCommand.practice.deck')],
  },
  run: ({ interaction, caller, engine }) => engine.practice(caller, interaction.options.getString('deck') ?? undefined),
  autocomplete: deckOrTimezone,
} satisfies Command;
