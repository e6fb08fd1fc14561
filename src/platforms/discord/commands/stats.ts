import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly } from './options.ts';

export const stats = {
  data: {
    ...named('stats'),
    ...described('discordCommand.stats'),
    ...guildOnly,
    options: [{ type: ApplicationCommandOptionType.User, ...named('user'), ...described('discordCommand.stats.user') }],
  },
  run({ interaction, caller, engine }) {
    const user = interaction.options.getUser('user');
    const member = interaction.options.getMember('user');
    if (!user) return engine.stats(caller);
    const name = member && 'displayName' in member ? member.displayName : (user.globalName ?? user.username);
    return engine.stats(caller, { userId: user.id, userName: name });
  },
} satisfies Command;
