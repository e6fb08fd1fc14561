import { msg, raw, type Text } from '../core/text.ts';
import { type NumberRange, QUIZ_LIMITS, wholeNumber } from '../core/validate.ts';
import { DEFAULT_REWARD_TOP, REWARD_TOP_LIMITS, SETTING_KEYS, type SettingsChanges, type WorkspaceSettings } from '../core/workspaceSettings.ts';
import { LOCALES, type Locale, supportedLocale } from '../i18n/locales.ts';
import type { MessageId } from '../i18n/messageIds.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { configuredLocale } from './replyLocale.ts';
import { roleFailureText } from './seasonRewards.ts';
import type { Caller, Reply } from './types.ts';


/** Each setting's name, in the order `/settings` lists them. */
const settingNames = {
  language: 'settings.language',
  quizQuestions: 'settings.quizQuestions',
  quizSeconds: 'settings.quizSeconds',
  revealInThread: 'settings.revealInThread',
  reviewerRoleId: 'review.settingRole',
  rewardRoleId: 'reward.settingRole',
  rewardTop: 'reward.settingTop',
} as const satisfies Record<keyof WorkspaceSettings, MessageId>;

const languageNames = { en: 'settings.languageName.en', de: 'settings.languageName.de' } as const satisfies Record<(typeof LOCALES)[number], MessageId>;
/** A language by name; the test pseudo-locale by its tag. */
const languageName = (l: Locale): Text => (l === 'en-XA' ? raw(l) : msg(languageNames[l]));

/** The shared range check, in the words of a setting. */
function checkNumber(v: number, range: NumberRange, error: MessageId): number {
  const n = wholeNumber(v, { ...range, error });
  if (!n.ok) throw new UserError('bad_number', n.error);
  return n.value;
}

/** The changes an admin asked for, checked; a bad value refuses them all. */
function checked(changes: SettingsChanges): SettingsChanges {
  const out: SettingsChanges = {};
  if (changes.language !== undefined) {
    const l = changes.language === null ? null : supportedLocale(changes.language);
    if (l === undefined) throw new UserError('bad_language', msg('settings.badLanguage', { value: String(changes.language), choices: { list: LOCALES.map(languageName) } }));
    out.language = l;
  }
  if (changes.quizQuestions !== undefined)
    out.quizQuestions = changes.quizQuestions === null ? null : checkNumber(changes.quizQuestions, QUIZ_LIMITS.questions, 'settings.badQuestions');
  if (changes.quizSeconds !== undefined)
    out.quizSeconds = changes.quizSeconds === null ? null : checkNumber(changes.quizSeconds, QUIZ_LIMITS.seconds, 'settings.badSeconds');
  if (changes.revealInThread !== undefined) out.revealInThread = changes.revealInThread === null ? null : Boolean(changes.revealInThread);
  if (changes.reviewerRoleId !== undefined) out.reviewerRoleId = changes.reviewerRoleId === null ? null : String(changes.reviewerRoleId).trim() || null;
  if (changes.rewardRoleId !== undefined) out.rewardRoleId = changes.rewardRoleId === null ? null : String(changes.rewardRoleId).trim() || null;
  if (changes.rewardTop !== undefined) out.rewardTop = changes.rewardTop === null ? null : checkNumber(changes.rewardTop, REWARD_TOP_LIMITS, 'reward.badTop');
  return out;
}

/** Each setting as shown: what applies, marked when it is the bot's configuration. */
function listing(ctx: EngineContext, c: Caller, chosen: WorkspaceSettings): Reply['fields'] {
  const cfg = ctx.d.settings;
  const shown: { [K in keyof WorkspaceSettings]-?: (v: NonNullable<WorkspaceSettings[K]>) => Text } = {
    language: languageName,
    quizQuestions: (n) => msg('settings.questions', { count: n }),
    quizSeconds: (n) => msg('settings.seconds', { count: n }),
    revealInThread: (on) => msg(on ? 'settings.on' : 'settings.off'),
    reviewerRoleId: (id) => msg('review.settingRoleValue', { role: { role: id } }),
    rewardRoleId: (id) => msg('review.settingRoleValue', { role: { role: id } }),
    rewardTop: (n) => msg('reward.top', { count: n }),
  };
  // Every setting but the reviewer role has a configured value to fall back on.
  const configured: WorkspaceSettings = {
    language: configuredLocale(ctx, c),
    quizQuestions: cfg.quizQuestions,
    quizSeconds: cfg.quizSeconds,
    revealInThread: cfg.revealInThread,
    rewardTop: DEFAULT_REWARD_TOP,
  };
  const unset: Partial<Record<keyof WorkspaceSettings, MessageId>> = { reviewerRoleId: 'review.settingRoleNone', rewardRoleId: 'reward.settingRoleNone' };
  // Roles exist where callers carry them (Discord): only there is the reviewer role shown, unless one was set.
  const hasRoles = c.roleIds !== undefined || chosen.reviewerRoleId !== undefined || chosen.rewardRoleId !== undefined;
  const shownHere = (k: keyof WorkspaceSettings): boolean => {
    if (k === 'revealInThread') return ctx.d.settings.threadedPlatforms.includes(c.platform);
    if (k === 'reviewerRoleId' || k === 'rewardRoleId') return hasRoles;
    // How many get the reward matters only once there is one.
    if (k === 'rewardTop') return chosen.rewardRoleId !== undefined;
    return true;
  };
  return SETTING_KEYS.filter(shownHere).map((k) => {
    const value = chosen[k] ?? configured[k];
    if (value === undefined) return { name: msg(settingNames[k]), value: msg(unset[k] ?? 'review.settingRoleNone') };
    const text = (shown[k] as (v: unknown) => Text)(value);
    return { name: msg(settingNames[k]), value: chosen[k] === undefined ? msg('settings.default', { value: text }) : text };
  });
}

/**
 * `/settings` (admins only): with no changes the current values, with changes saves them in one go.
 * Bad input is refused and other changes saved before this returns; only a reward role waits for the
 * platform to say the bot can hand it out, and is refused with the reason when it cannot.
 */
export function settings(ctx: EngineContext, c: Caller, changes?: SettingsChanges): Promise<Reply> {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const wanted = changes ? checked(changes) : {};
  const save = (): Reply => {
    const changing = Object.keys(wanted).length > 0;
    const now = changing ? ctx.store.settings.save(ws.id, wanted) : ctx.store.settings.get(ws.id);
    return {
      visibility: 'private',
      kind: 'info',
      title: msg('settings.title'),
      body: changing ? msg('settings.saved') : msg('settings.current', { settings: { command: 'settings' } }),
      fields: listing(ctx, c, now),
    };
  };
  const roleId = wanted.rewardRoleId;
  if (!roleId) return Promise.resolve(save());
  return (async () => {
    const failure = ctx.d.poster.checkRewardRole ? await ctx.d.poster.checkRewardRole(c, roleId) : ({ reason: 'unsupported', detail: '' } as const);
    if (failure) throw new UserError('reward_role_unusable', msg('reward.cannotUse', { role: { role: roleId }, reason: roleFailureText(failure) }));
    return save();
  })();
}
