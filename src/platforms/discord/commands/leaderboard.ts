import { ApplicationCommandOptionType } from 'discord.js';
import type { Period } from '../../../engine/types.ts';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { deckOption, guildOnly } from './options.ts';

const periods = ['today', 'week', 'month', 'all'] as const satisfies readonly Period[];

export const leaderboard = {
  data: {
    name: 'leaderboard',
    description: 'Top 10 of this server, and your rank',
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'period',
        description: 'Which period (default: all time)',
        choices: periods.map((p) => ({ name: p, value: p })),
      },
      deckOption('Only this deck'),
    ],
  },
  run: ({ interaction, caller, engine }) =>
    engine.leaderboard(caller, {
      period: (interaction.options.getString('period') ?? undefined) as Period | undefined,
      deck: interaction.options.getString('deck') ?? undefined,
    }),
  autocomplete: deckOrTimezone,
} satisfies Command;
