import { common } from './common.ts';
import { discord } from './discord.ts';
import { discordCommand } from './discordCommand.ts';

/** English, the source catalog: every message id is defined here first. */
export const en = {
  ...common,
  ...discord,
  ...discordCommand,
} as const;
