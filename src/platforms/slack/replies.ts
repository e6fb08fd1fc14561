import type { BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import type pino from 'pino';
import { msg } from '../../core/text.ts';
import { isUserError } from '../../engine/errors.ts';
import type { Caller, Reply } from '../../engine/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import { renderReply, type SlackMessage } from './render/replyBlocks.ts';
import type { SlackUsers } from './slackUsers.ts';

/** Where the reply to one interaction goes. */
export type ReplySink = (reply: Reply) => Promise<void>;

/** Sends rendered messages somewhere, visible to everyone or only to the caller. */
export type MessageOut = (visibility: Reply['visibility'], messages: SlackMessage[]) => Promise<void>;

/**
 * Renders each reply for `out`. A reply the engine gave no language (the adapter's own
 * words, the apology) is shown in `memberLocale`, the language the engine speaks to the member.
 */
export const sinkOf =
  (out: MessageOut, memberLocale?: Locale): ReplySink =>
  (reply) =>
    out(reply.visibility, renderReply({ ...reply, locale: reply.locale ?? memberLocale }));

/** A response_url may be used five times; later parts of a long reply go through `rest`. */
const responseUrlUses = 5;

/**
 * Replies to a slash command or a click: through response_url, in the channel or only to
 * the caller; `replaceFirst` shows the first message in place of the one clicked (a page).
 */
export function respondOut(respond: RespondFn, rest: MessageOut, o: { replaceFirst?: boolean } = {}): MessageOut {
  return async (visibility, messages) => {
    for (const [i, m] of messages.slice(0, responseUrlUses).entries()) {
      await respond({
        response_type: visibility === 'public' ? 'in_channel' : 'ephemeral',
        replace_original: i === 0 && o.replaceFirst === true,
        text: m.text,
        blocks: m.blocks,
      });
    }
    if (messages.length > responseUrlUses) await rest(visibility, messages.slice(responseUrlUses));
  };
}

/** Replies through the Web API: public → chat.postMessage, private → chat.postEphemeral (a DM is private already). */
export function webOut(client: webApi.WebClient, where: { channelId: string; userId: string; isDm?: boolean }): MessageOut {
  return async (visibility, messages) => {
    for (const m of messages) {
      if (visibility === 'public' || where.isDm) {
        await client.chat.postMessage({ channel: where.channelId, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
      } else {
        await client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text: m.text, blocks: m.blocks });
      }
    }
  };
}

/**
 * The adapter's one error policy: a UserError becomes a private reply with its
 * message; anything else is a bug, logged with context, and the user gets a short apology.
 */
export function settle(log: pino.Logger) {
  return async <R extends Reply | undefined>(context: Record<string, unknown>, run: () => R | Promise<R>): Promise<R | Reply> => {
    try {
      return await run();
    } catch (err) {
      if (isUserError(err)) return { visibility: 'private', kind: 'error', body: err.text, ...(err.locale ? { locale: err.locale } : {}) };
      log.error({ err, ...context }, 'slack: engine call failed');
      return { visibility: 'private', kind: 'error', body: msg('common.apology') };
    }
  };
}

/** Run one engine call and send what it says (or what went wrong) to the sink. */
export function replyGuard(log: pino.Logger) {
  const settled = settle(log);
  return async (sink: ReplySink, context: Record<string, unknown>, run: () => Reply | undefined | Promise<Reply | undefined>) => {
    const reply = await settled(context, run);
    if (reply) await sink(reply);
  };
}
export type ReplyGuard = ReturnType<typeof replyGuard>;

/** The engine's view of who is acting, and where. */
export async function slackCaller(
  users: SlackUsers,
  at: { teamId: string | undefined; channelId: string | undefined; userId: string; userName?: string | undefined },
): Promise<Caller> {
  const user = await users.lookup(at.userId, at.userName);
  return {
    platform: 'slack',
    workspaceId: at.teamId ?? '',
    channelId: at.channelId ?? '',
    userId: at.userId,
    userName: user.name,
    isAdmin: user.isAdmin,
    isReviewer: user.isReviewer,
    ...(user.locale ? { locale: user.locale } : {}),
  };
}

/** Where a button was clicked: a message in a channel, or App Home (no channel: ''). */
export const clickChannel = (body: BlockAction<ButtonAction>): string => body.channel?.id ?? body.container?.channel_id ?? '';

/** The member behind a click or a submitted view, acting in `channelId`. */
export const clickCaller = (users: SlackUsers, body: { team?: { id: string } | null; user: { id: string; name?: string; team_id?: string } }, channelId: string): Promise<Caller> =>
  slackCaller(users, { teamId: body.team?.id ?? body.user.team_id, channelId, userId: body.user.id, userName: body.user.name });
