import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { deckOption, guildOnly } from './options.ts';

export const quiz = {
  data: {
    name: 'quiz',
    description: 'A timed quiz in this channel',
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'start',
        description: 'Start a quiz session in this channel',
        options: [
          deckOption('Deck to draw questions from (default: the server deck)'),
          {
            type: ApplicationCommandOptionType.Integer,
            name: 'questions',
            description: 'How many questions',
            min_value: 1,
            max_value: 50,
          },
          {
            type: ApplicationCommandOptionType.Integer,
            name: 'seconds',
            description: 'Seconds to answer each question',
            min_value: 10,
            max_value: 600,
          },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'stop', description: "Stop this channel's quiz and reveal the answer" },
    ],
  },
  async run({ interaction, caller, engine, defer }) {
    if (interaction.options.getSubcommand() === 'stop') {
      await defer('public'); // stopping posts the reveal
      return engine.quizStop(caller);
    }
    const o = interaction.options;
    return engine.quizStart(caller, {
      deck: o.getString('deck') ?? undefined,
      questions: o.getInteger('questions') ?? undefined,
      seconds: o.getInteger('seconds') ?? undefined,
    });
  },
  autocomplete: deckOrTimezone,
} satisfies Command;
