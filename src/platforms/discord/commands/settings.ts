import { ApplicationCommandOptionType } from 'discord.js';
import { QUIZ_LIMITS } from '../../../core/validate.ts';
import { REWARD_TOP_LIMITS } from '../../../core/workspaceSettings.ts';
import type { SettingsChanges } from '../../../engine/api.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import type { Command } from '../command.ts';
import { choice, described, named } from '../commandLocales.ts';
import { guildOnly, manageServer } from './options.ts';

/** Every language the shared validator takes, each by its name. */
const languages = LOCALES.map((l) => choice(`discordCommand.settings.language.${l}`, l)) satisfies { value: Locale }[];

export const settings = {
  data: {
    ...named('settings'),
    ...described('discordCommand.settings'),
    ...guildOnly,
    default_member_permissions: manageServer,
    options: [
      { type: ApplicationCommandOptionType.String, ...named('language'), ...described('discordCommand.settings.language'), choices: languages },
      { type: ApplicationCommandOptionType.Integer, ...named('questions'), ...described('discordCommand.settings.questions'), min_value: QUIZ_LIMITS.questions.min, max_value: QUIZ_LIMITS.questions.max },
      { type: ApplicationCommandOptionType.Integer, ...named('seconds'), ...described('discordCommand.settings.seconds'), min_value: QUIZ_LIMITS.seconds.min, max_value: QUIZ_LIMITS.seconds.max },
      { type: ApplicationCommandOptionType.Role, ...named('reviewers'), ...described('discordCommand.settings.reviewers') },
      { type: ApplicationCommandOptionType.Role, ...named('reward_role'), ...described('discordCommand.settings.rewardRole') },
      // 0 turns the reward off.
      { type: ApplicationCommandOptionType.Integer, ...named('reward_top'), ...described('discordCommand.settings.rewardTop'), min_value: 0, max_value: REWARD_TOP_LIMITS.max },
    ],
  },
  run({ interaction, caller, engine }) {
    const o = interaction.options;
    const changes: SettingsChanges = {};
    const language = o.getString('language');
    const questions = o.getInteger('questions');
    const seconds = o.getInteger('seconds');
    const reviewers = o.getRole('reviewers');
    if (language !== null) changes.language = language as Locale;
    if (questions !== null) changes.quizQuestions = questions;
    if (seconds !== null) changes.quizSeconds = seconds;
    if (reviewers !== null) changes.reviewerRoleId = reviewers.id;
    const rewardRole = o.getRole('reward_role');
    const rewardTop = o.getInteger('reward_top');
    if (rewardRole !== null) changes.rewardRoleId = rewardRole.id;
    if (rewardTop === 0) changes.rewardRoleId = changes.rewardTop = null;
    else if (rewardTop !== null) changes.rewardTop = rewardTop;
    return engine.settings(caller, changes);
  },
} satisfies Command;
