import type { Command } from '../command.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly } from './options.ts';

export const help = {
  data: { ...named('help'), ...described('discordCommand.help'), ...guildOnly },
  run: ({ caller, engine }) => engine.help(caller),
} satisfies Command;
