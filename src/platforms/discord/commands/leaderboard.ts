import { ApplicationCommandOptionType } from 'discord.js';
import type { Period } from '../../../engine/types.ts';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { choice, described, named } from '../commandLocales.ts';
import { deckOption, guildOnly } from './options.ts';

const periods = [
  choice('discordCommand.leaderboard.period.today', 'today'),
  choice('discordCommand.leaderboard.period.week', 'week'),
  choice('discordCommand.leaderboard.period.month', 'month'),
  choice('discordCommand.leaderboard.period.all', 'all'),
] satisfies { value: Period }[];

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
    ],
  },
  run: ({ interaction, caller, engine }) =>
    engine.leaderboard(caller, {
      period: (interaction.options.getString('period') ?? undefined) as Period | undefined,
      deck: interaction.options.getString('deck') ?? undefined,
    }),
  autocomplete: deckOrTimezone,
} satisfies Command;
