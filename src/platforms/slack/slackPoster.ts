import type { webApi } from '@slack/bolt';
import type pino from 'pino';
import type { DeliveryReason } from '../../core/delivery.ts';
import { DeliveryError } from '../../engine/errors.ts';
import type { ChannelTarget, Poster, Reply, SentMessage, WorkspaceRef } from '../../engine/types.ts';
import type { ChannelThrottle } from './channelThrottle.ts';
import { renderReply } from './render/replyBlocks.ts';
import { errorText } from './slackUsers.ts';
import { networkCode } from '../networkCode.ts';

/** Slack's error codes, by the reason an admin is given. */
const reasons: Record<Exclude<DeliveryReason, 'other'>, readonly string[]> = {
  'not-connected': ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'team_access_not_granted'],
  'no-access': ['not_in_channel', 'missing_scope', 'no_permission', 'access_denied', 'ekm_access_denied', 'not_allowed_token_type', 'enterprise_is_restricted', 'messages_tab_disabled'],
  'channel-gone': ['channel_not_found', 'is_archived', 'channel_is_archived'],
  'rate-limited': ['ratelimited', 'rate_limited', 'message_limit_exceeded'],
  unreachable: ['fatal_error', 'internal_error', 'service_unavailable', 'request_timeout'],
};
const reasonOfCode = new Map(Object.entries(reasons).flatMap(([reason, codes]) => codes.map((c) => [c, reason as DeliveryReason] as const)));

/** Slack codes of no listed reason that trying again will not fix either. */
const permanent = new Set(['msg_too_long', 'invalid_blocks', 'no_text', 'too_many_attachments', 'invalid_arguments']);

/** Why Slack refused a call, from its error code (`restricted_action_read_only_channel` and its kin: no access). */
function reasonOf(code: string): DeliveryReason {
  return reasonOfCode.get(code) ?? (code.startsWith('restricted_action') ? 'no-access' : 'other');
}

/**
 * Turn a Web API failure into the engine's DeliveryError: the reason, and Slack's
 * error code or HTTP status as the detail.
 */
export function deliveryError(err: unknown, what: string): DeliveryError {
  const code = platformErrorCode(err);
  if (code) {
    const reason = reasonOf(code);
    const retryable = reason === 'rate-limited' || reason === 'unreachable' || (reason === 'other' && !permanent.has(code));
    return new DeliveryError(reason, `Slack: ${code}`, retryable, what);
  }
  const kind = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  if (kind === 'slack_webapi_rate_limited_error') return new DeliveryError('rate-limited', 'Slack: HTTP 429', true, what);
  if (kind === 'slack_webapi_http_error') {
    const status = (err as { statusCode?: unknown }).statusCode;
    const reason: DeliveryReason = status === 429 ? 'rate-limited' : typeof status === 'number' && status >= 500 ? 'unreachable' : 'other';
    return new DeliveryError(reason, `Slack: HTTP ${String(status)}`, reason !== 'other', what);
  }
  if (kind === 'slack_webapi_request_error') return new DeliveryError('unreachable', `Slack: ${networkCode((err as { original?: unknown }).original)}`, true, what);
  return new DeliveryError('other', `Slack: ${networkCode(err)}`, true, what);
}

export function platformErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('data' in err)) return undefined;
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * The engine's outbound port on Slack: posts via chat.postMessage, one message
 * per second per channel; 429s are waited out by the Web API client (Retry-After).
 * A message to one member goes to their DM with the app (chat.postMessage to the user id).
 */
export class SlackPoster implements Poster {
  /** The last question posted in each channel, so reveals can be threaded under it. */
  private readonly lastQuestion = new Map<string, string>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly throttle: ChannelThrottle,
    private readonly log: pino.Logger,
  ) {}

  async post(target: ChannelTarget, reply: Reply): Promise<SentMessage> {
    const channel = target.channelId;
    // The engine says whether this server wants reveals threaded (its setting, else SLACK_REVEAL_IN_THREAD).
    const threadTs = reply.kind === 'reveal' && reply.inThread ? this.lastQuestion.get(channel) : undefined;
    const sent = await this.send(channel, reply, threadTs);
    if (reply.kind === 'question') this.lastQuestion.set(channel, sent.messageId);
    return sent;
  }

  /** A private message to one member, e.g. an appeal decided: Slack opens the DM when the channel is a user id. */
  notify(member: WorkspaceRef & { userId: string }, reply: Reply): Promise<SentMessage> {
    return this.send(member.userId, reply);
  }

  private async send(channel: string, reply: Reply, threadTs?: string): Promise<SentMessage> {
    let first: string | undefined;
    for (const message of renderReply(reply)) {
      try {
        const res = await this.throttle.run(channel, () =>
          this.client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            unfurl_media: false,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          }),
        );
        first ??= res.ts;
      } catch (err) {
        // Once the first part is out the message exists: report the rest, do not repost it.
        if (first === undefined) throw deliveryError(err, `chat.postMessage to ${channel}`);
        this.log.error({ err: errorText(err), channel, kind: reply.kind }, 'slack: a continuation message failed');
        break;
      }
    }
    if (first === undefined) throw new DeliveryError('other', 'Slack: chat.postMessage returned no ts', true, `chat.postMessage to ${channel}`);
    return { messageId: first };
  }

  async exists(target: ChannelTarget, messageId: string): Promise<boolean> {
    try {
      const res = await this.client.conversations.history({
        channel: target.channelId,
        latest: messageId,
        oldest: messageId,
        inclusive: true,
        limit: 1,
      });
      return (res.messages ?? []).some((m) => m.ts === messageId);
    } catch (err) {
      const code = platformErrorCode(err);
      if (code === 'channel_not_found') return false;
      throw deliveryError(err, `conversations.history in ${target.channelId}`);
    }
  }

  async find(target: ChannelTarget, buttonId: string): Promise<string | undefined> {
    try {
      const res = await this.client.conversations.history({ channel: target.channelId, limit: 50 });
      return res.messages?.find((m) => hasButton(m.blocks, buttonId))?.ts;
    } catch (err) {
      throw deliveryError(err, `conversations.history in ${target.channelId}`);
    }
  }
}

function hasButton(blocks: unknown, buttonId: string): boolean {
  if (!Array.isArray(blocks)) return false;
  return blocks.some(
    (b: { type?: string; elements?: { action_id?: string }[] }) => b.type === 'actions' && (b.elements ?? []).some((e) => e.action_id === buttonId),
  );
}
