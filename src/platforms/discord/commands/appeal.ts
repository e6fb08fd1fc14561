import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { described, named } from '../commandLocales.ts';
import { REVIEW_TEXT_MAX } from '../../../core/validate.ts';
import { guildOnly } from './options.ts';

/** `/appeal [reason]`: appeal your latest graded answer here (the Appeal button on feedback appeals that one). */
export const appeal = {
  data: {
    ...named('appeal'),
    ...described('discordCommand.appeal'),
    ...guildOnly,
    options: [{ type: ApplicationCommandOptionType.String, ...named('reason'), ...described('discordCommand.appeal.reason'), max_length: REVIEW_TEXT_MAX }],
  },
  run: ({ interaction, caller, engine }) => engine.appeal(caller, { reason: interaction.options.getString('reason')?.trim() ?? '' }),
} satisfies Command;
