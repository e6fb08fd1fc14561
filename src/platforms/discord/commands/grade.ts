import { ApplicationCommandOptionType } from 'discord.js';
import type { ReviewVerdict } from '../../../engine/api.ts';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { choice, described, named } from '../commandLocales.ts';
import { REVIEW_LIMITS, REVIEW_TEXT_MAX, REVIEW_VERDICTS } from '../../../core/validate.ts';
import { deckOption, guildOnly } from './options.ts';

/** The verdicts a reviewer gives, each with its localized name. */
const verdicts = REVIEW_VERDICTS.map((v) => choice(`discordCommand.grade.set.verdict.${v}`, v)) satisfies { value: ReviewVerdict }[];

/**
 * `/grade set user question verdict [note] [deck]`: a reviewer overrides a member's stored grade
 * for a question without an appeal. Visible to every member, like `/review`; the engine decides.
 */
export const grade = {
  data: {
    ...named('grade'),
    ...described('discordCommand.grade'),
    ...guildOnly,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        ...named('set'),
        ...described('discordCommand.grade.set'),
        options: [
          { type: ApplicationCommandOptionType.User, ...named('user'), ...described('discordCommand.grade.set.user'), required: true },
          { type: ApplicationCommandOptionType.Integer, ...named('question'), ...described('discordCommand.grade.set.question'), required: true, min_value: REVIEW_LIMITS.question.min, max_value: REVIEW_LIMITS.question.max },
          { type: ApplicationCommandOptionType.String, ...named('verdict'), ...described('discordCommand.grade.set.verdict'), required: true, choices: verdicts },
          { type: ApplicationCommandOptionType.String, ...named('note'), ...described('discordCommand.grade.set.note'), max_length: REVIEW_TEXT_MAX },
          deckOption('discordCommand.grade.set.deck'),
        ],
      },
    ],
  },
  async run({ interaction, caller, engine, defer }) {
    const o = interaction.options;
    const user = o.getUser('user', true);
    const note = o.getString('note')?.trim();
    const deck = o.getString('deck');
    await defer('private'); // re-scoring, then a direct message to the member
    return engine.gradeSet(caller, {
      userId: user.id,
      question: o.getInteger('question', true),
      verdict: o.getString('verdict', true) as ReviewVerdict,
      ...(note ? { note } : {}),
      ...(deck ? { deck } : {}),
    });
  },
  autocomplete: deckOrTimezone,
} satisfies Command;
