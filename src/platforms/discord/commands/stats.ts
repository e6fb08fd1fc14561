import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { guildOnly } from './options.ts';

export const stats = {
  data: {
    name: 'stats',
    description: 'Points, answers, accuracy, streaks and rank',
    ...guildOnly,
    options: [{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose stats (default: yours)' }],
  },
  run({ interaction, caller, engine }) {
    const user = interaction.options.getUser('user');
    const member = interaction.options.getMember('user');
    if (!user) return engine.stats(caller);
    const name = member && 'displayName' in member ? member.displayName : (user.globalName ?? user.username);
    return engine.stats(caller, { userId: user.id, userName: name });
  },
} satisfies Command;
