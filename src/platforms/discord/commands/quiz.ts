import { ApplicationCommandOptionType } from 'discord.js';
import { QUIZ_LIMITS } from '../../../core/validate.ts';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { described, named } from '../commandLocales.ts';
import { deckOption, guildOnly } from './options.ts';

export const quiz = {
  data: {
    ...named('quiz'),
    ...described('discordCommand.quiz'),
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        ...named('start'),
        ...described('discordCommand.quiz.start'),
        options: [
          deckOption('discordCommand.quiz.start.deck'),
          {
            type: ApplicationCommandOptionType.Integer,
            ...named('questions'),
            ...described('discordCommand.quiz.start.questions'),
            min_value: QUIZ_LIMITS.questions.min,
            max_value: QUIZ_LIMITS.questions.max,
          },
          {
            type: ApplicationCommandOptionType.Integer,
            ...named('seconds'),
            ...described('discordCommand.quiz.start.seconds'),
            min_value: QUIZ_LIMITS.seconds.min,
            max_value: QUIZ_LIMITS.seconds.max,
          },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, ...named('stop'), ...described('discordCommand.quiz.stop') },
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
