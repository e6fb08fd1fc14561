import { ApplicationCommandOptionType } from 'discord.js';
import { PERIODS } from '../../../core/validate.ts';
import type { Period } from '../../../engine/types.ts';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { choice, described, named } from '../commandLocales.ts';
import { deckOption, guildOnly } from './options.ts';

/** The periods the shared validator takes, each with its localized name. */
const periods = PERIODS.map((p) => choice(`discordCommand.leaderboard.period.${p}`, p)) satisfies { value: Period }[];

export const leaderboard = {
  data: {
    ...named('leaderboard'),
    ...described('discordCommand.leaderboard'),
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        ...named('period'),
        ...described('discordCommand.leaderboard.period'),
        choices: periods,
      },
      deckOption('discordCommand.leaderboard.deck'),
      { type: ApplicationCommandOptionType.Boolean, ...named('image'), ...described('discordCommand.leaderboard.image') },
    ],
  },
  run: ({ interaction, caller, engine }) =>
    engine.leaderboard(caller, {
      period: (interaction.options.getString('period') ?? undefined) as Period | undefined,
      deck: interaction.options.getString('deck') ?? undefined,
      ...(interaction.options.getBoolean('image') ? { image: true } : {}),
    }),
  autocomplete: deckOrTimezone,
} satisfies Command;
