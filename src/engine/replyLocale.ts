import type { WorkspaceSettings } from '../core/workspaceSettings.ts';
import { type Locale, supportedLocale } from '../i18n/locales.ts';
import type { EngineContext } from './context.ts';
import { isUserError } from './errors.ts';
import type { Caller, ChannelTarget, Reply, WorkspaceRef } from './types.ts';

/**
 * Which language each reply leaves the engine in. Private replies and errors
 * speak the member's language (their platform's locale), then the server's
 * setting, then the default; public replies and channel posts speak the
 * server's: its setting, then the default of its platform, then DEFAULT_LOCALE.
 */

/** A server's settings without creating its row; none when it never used quizbot. */
export function settingsOf(ctx: EngineContext, ref: WorkspaceRef): WorkspaceSettings {
  const ws = ctx.store.findWorkspace(ref.platform, ref.workspaceId);
  return ws ? ctx.store.settings.get(ws.id) : {};
}

/** What a server speaks when it chose nothing. */
export const configuredLocale = (ctx: EngineContext, ref: WorkspaceRef): Locale => ctx.d.settings.platformLocales[ref.platform] ?? ctx.d.settings.defaultLocale;

/**
 * The server's language. A failing lookup (a damaged database) falls back to the
 * configured one: the error being reported must still reach the member in words.
 */
export function serverLocale(ctx: EngineContext, ref: WorkspaceRef): Locale {
  let chosen: Locale | undefined;
  try {
    chosen = settingsOf(ctx, ref).language;
  } catch {
    chosen = undefined;
  }
  return chosen ?? configuredLocale(ctx, ref);
}

/** A member's language: the locale their platform reports (now or last time) when quizbot speaks it, else the server's. */
export const localeOfMember = (ctx: EngineContext, ref: WorkspaceRef, reported: string | null | undefined): Locale => supportedLocale(reported) ?? serverLocale(ctx, ref);

/** The caller's language: their platform's locale when quizbot speaks it, else the server's. */
export const memberLocale = (ctx: EngineContext, c: Caller): Locale => localeOfMember(ctx, c, c.locale);

const localeFor = (ctx: EngineContext, c: Caller, visibility: Reply['visibility']): Locale =>
  visibility === 'private' ? memberLocale(ctx, c) : serverLocale(ctx, c);

const isReply = (v: unknown): v is Reply => typeof v === 'object' && v !== null && 'visibility' in v && 'body' in v;

/** A use case's result with its language: a Reply, or an object carrying one (`reply`) or a private prompt. */
function stamp<R>(ctx: EngineContext, c: Caller, result: R): R {
  if (isReply(result)) return { ...result, locale: localeFor(ctx, c, result.visibility) };
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return result;
  const o = result as Record<string, unknown>;
  if (isReply(o.reply)) return { ...o, reply: stamp(ctx, c, o.reply) } as R;
  // Anything else a member-facing use case returns (an answer prompt) is shown to that member alone.
  return { ...o, locale: memberLocale(ctx, c) } as R;
}

function stampError(ctx: EngineContext, c: Caller, e: unknown): unknown {
  if (isUserError(e)) e.locale = memberLocale(ctx, c);
  return e;
}

/** Wraps a use case whose first argument is the Caller: its reply or user error gets its language. */
export function inCallersLocale<A extends [Caller, ...unknown[]], R>(ctx: EngineContext, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const c = args[0];
    let r: R;
    try {
      r = fn(...args);
    } catch (e) {
      throw stampError(ctx, c, e);
    }
    if (r instanceof Promise) {
      return r.then(
        (v: unknown) => stamp(ctx, c, v),
        (e: unknown) => Promise.reject(stampError(ctx, c, e)),
      ) as R;
    }
    return stamp(ctx, c, r);
  };
}

/** A channel post (daily question, quiz turn, reveal) as the server has it: its language, and reveals threaded or not. */
export function forChannel(ctx: EngineContext, target: ChannelTarget, reply: Reply): Reply {
  let settings: WorkspaceSettings = {};
  try {
    settings = settingsOf(ctx, target);
  } catch {
    // Posting goes on in the configured language; the store's fault shows up where it is recorded.
  }
  const locale = settings.language ?? configuredLocale(ctx, target);
  if (reply.kind !== 'reveal') return { ...reply, locale };
  return { ...reply, locale, inThread: settings.revealInThread ?? ctx.d.settings.revealInThread };
}
