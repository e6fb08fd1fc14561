import { common } from './common.ts';
import { shell } from './shell.ts';
import { slack } from './slack.ts';
import { settings } from './settings.ts';
import { grade } from './grade.ts';
import { discord } from './discord.ts';
import { discordCommand } from './discordCommand.ts';
import { usage } from './usage.ts';

/** English, the source catalog: every message id is defined here first. */
export const en = {
  ...common,
  ...shell,
  ...slack,
  ...settings,
  ...grade,
  ...discord,
  ...discordCommand,
  ...usage,
} as const;
