import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { limits } from '../limits.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly } from './options.ts';

export const answer = {
  data: {
    ...named('answer'),
    ...described('discordCommand.answer'),
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        ...named('text'),
        ...described('discordCommand.answer.text'),
        required: true,
        max_length: limits.textInputValue,
      },
    ],
  },
  run: ({ interaction, caller, engine }) => engine.answer(caller, interaction.options.getString('text', true)),
} satisfies Command;
