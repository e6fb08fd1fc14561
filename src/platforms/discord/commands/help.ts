import type { Command } from '../command.ts';
import { guildOnly } from './options.ts';

export const help = {
  data: { name: 'help', description: 'How quizbot works and its commands', ...guildOnly },
  run: ({ caller, engine }) => engine.help(caller),
} satisfies Command;
