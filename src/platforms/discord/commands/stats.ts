import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly } from './options.ts';

export const stats = {
  data: {
    ...named('stats'),
    ...described('discordCommand.stats'),
    ...guildOnly,
    options: [
      { type: ApplicationCommandOptionType.User, ...named('user'), ...described('discordCommand.stats.user') },
      { type: ApplicationCommandOptionType.Boolean, ...named('image'), ...described('discordCommand.stats.image') },
    ],
  },
  run({ interaction, caller, engine }) {
    const user = interaction.options.getUser('user');
    const member = interaction.options.getMember('user');
    const o = interaction.options.getBoolean('image') ? { image: true } : {};
    if (!user) return engine.stats(caller, undefined, o);
    const name = member && 'displayName' in member ? member.displayName : (user.globalName ?? user.username);
    return engine.stats(caller, { userId: user.id, userName: name }, o);
  },
} satisfies Command;
