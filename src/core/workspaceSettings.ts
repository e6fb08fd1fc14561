import type { Locale } from '../i18n/locales.ts';

/**
 * A server's or workspace's own choices, as its admins set them with `/settings`.
 * An unset one follows the bot's configuration (DEFAULT_LOCALE, QUIZ_QUESTIONS, ...).
 */
export interface WorkspaceSettings {
  /** The language of public posts, and of private replies to members whose platform names none. */
  language?: Locale;
  /** Questions per `/quiz start` that names no number. */
  quizQuestions?: number;
  /** Seconds per quiz question when `/quiz start` names none. */
  quizSeconds?: number;
  /** Reveals as thread replies under their question (platforms with threads: Slack). */
  revealInThread?: boolean;
  /** Members with this role (a Discord role id) review grades, besides admins. */
  reviewerRoleId?: string;
  /** The role (a Discord role id) the season's top members get at its end, moved to the next season's. */
  rewardRoleId?: string;
  /** How many of the season's top members get the reward role. */
  rewardTop?: number;
}

/** Winners when an admin set a reward role but no number. */
export const DEFAULT_REWARD_TOP = 3;
/** At most the final board's top 10, so every winner is named on it. */
export const REWARD_TOP_LIMITS = { min: 1, max: 10, error: 'reward.badTop' } as const;

/** `/settings` changes as typed by an admin; `null` resets a setting to the bot's configuration. */
export type SettingsChanges = { [K in keyof WorkspaceSettings]?: WorkspaceSettings[K] | null };

/** Every setting, in the order `/settings` lists them. */
export const SETTING_KEYS = ['language', 'quizQuestions', 'quizSeconds', 'revealInThread', 'reviewerRoleId', 'rewardRoleId', 'rewardTop'] as const satisfies readonly (keyof WorkspaceSettings)[];
