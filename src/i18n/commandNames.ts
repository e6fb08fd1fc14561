/**
 * Commands the engine's messages refer to. Each platform renders them in its own
 * form: `/daily setup` on Discord, `/quiz daily setup` on Slack, the playground's own.
 */
export const COMMAND_NAMES = [
  'answer',
  'ask',
  'quiz start',
  'quiz stop',
  'practice',
  'practice stats',
  'practice remind',
  'leaderboard',
  'season start',
  'season end',
  'stats',
  'daily setup',
  'daily pause',
  'daily resume',
  'daily now',
  'daily status',
  'daily skip',
  'deck list',
  'deck show',
  'deck import',
  'deck use',
  'deck remove',
  'settings',
  'status',
  'appeal',
  'review',
  'review log',
  'grade set',
  'help',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
