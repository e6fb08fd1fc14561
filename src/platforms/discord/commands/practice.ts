import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { deckOption, guildOnly } from './options.ts';

/** Personal practice: a private question whose model answer comes right after the answer. */
export const practice = {
  data: {
    name: 'practice',
    description: 'A private practice question; see the model answer as soon as you answer',
    ...guildOnly,
    options: [deckOption('Practise from this deck')],
  },
  run: ({ interaction, caller, engine }) => engine.practice(caller, interaction.options.getString('deck') ?? undefined),
  autocomplete: deckOrTimezone,
} satisfies Command;
