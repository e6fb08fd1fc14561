import { ApplicationCommandOptionType } from 'discord.js';
import type { SettingsChanges } from '../../../engine/api.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Command } from '../command.ts';
import { choice, described, named } from '../commandLocales.ts';
import { guildOnly, manageServer } from './options.ts';

const languages = [choice('discordCommand.settings.language.en', 'en'), choice('discordCommand.settings.language.de', 'de')] satisfies { value: Locale }[];

export const settings = {
  data: {
    ...named('settings'),
    ...described('discordCommand.settings'),
    ...guildOnly,
    default_member_permissions: manageServer,
    options: [
      { type: ApplicationCommandOptionType.String, ...named('language'), ...described('discordCommand.settings.language'), choices: languages },
      { type: ApplicationCommandOptionType.Integer, ...named('questions'), ...described('discordCommand.settings.questions'), min_value: 1, max_value: 50 },
      { type: ApplicationCommandOptionType.Integer, ...named('seconds'), ...described('discordCommand.settings.seconds'), min_value: 10, max_value: 600 },
    ],
  },
  run({ interaction, caller, engine }) {
    const o = interaction.options;
    const changes: SettingsChanges = {};
    const language = o.getString('language');
    const questions = o.getInteger('questions');
    const seconds = o.getInteger('seconds');
    if (language !== null) changes.language = language as Locale;
    if (questions !== null) changes.quizQuestions = questions;
    if (seconds !== null) changes.quizSeconds = seconds;
    return engine.settings(caller, changes);
  },
} satisfies Command;
