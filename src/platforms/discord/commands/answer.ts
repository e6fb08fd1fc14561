import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { limits } from '../limits.ts';
import { guildOnly } from './options.ts';

export const answer = {
  data: {
    name: 'answer',
    description: "Answer the channel's open question",
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'text',
        description: 'Your answer',
        required: true,
        max_length: limits.textInputValue,
      },
    ],
  },
  run: ({ interaction, caller, engine }) => engine.answer(caller, interaction.options.getString('text', true)),
} satisfies Command;
