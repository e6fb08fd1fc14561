import { ApplicationCommandOptionType } from 'discord.js';
import { REVIEW_LIMITS } from '../../../core/validate.ts';
import type { Command } from '../command.ts';
import { type CommandWord, described, named } from '../commandLocales.ts';
import type { MessageId } from '../../../i18n/messageIds.ts';
import { guildOnly } from './options.ts';

/** Which page to open; the pages' buttons turn them after that. */
const pageOption = {
  type: ApplicationCommandOptionType.Integer as const,
  ...named('page'),
  ...described('discordCommand.review.page'),
  min_value: REVIEW_LIMITS.page.min,
  max_value: REVIEW_LIMITS.page.max,
};

const sub = (name: CommandWord, description: MessageId) => ({
  type: ApplicationCommandOptionType.Subcommand as const,
  ...named(name),
  ...described(description),
  options: [pageOption],
});

/**
 * `/review queue` lists pending appeals and provisional grades, oldest first, with a button per
 * verdict; `/review log` shows the decisions made. Visible to every member: reviewers hold a role
 * the server chose (not Manage Server), and the engine refuses everyone else.
 */
export const review = {
  data: {
    ...named('review'),
    ...described('discordCommand.review'),
    ...guildOnly,
    options: [sub('queue', 'discordCommand.review.queue'), sub('log', 'discordCommand.review.log')],
  },
  run({ interaction, caller, engine }) {
    const page = interaction.options.getInteger('page');
    const o = page === null ? {} : { page };
    return interaction.options.getSubcommand() === 'log' ? engine.reviewLog(caller, o) : engine.reviewList(caller, o);
  },
} satisfies Command;
