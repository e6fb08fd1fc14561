import type { webApi } from '@slack/bolt';
import type pino from 'pino';
import { DeliveryError } from '../../engine/errors.ts';
import type { ChannelTarget, Poster, Reply, SentMessage } from '../../engine/types.ts';
import type { ChannelThrottle } from './channelThrottle.ts';
import { renderReply } from './render/replyBlocks.ts';
import { errorText } from './slackUsers.ts';

/** Slack errors that trying again will not fix. */
const permanent = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'msg_too_long',
  'invalid_blocks',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'not_authed',
  'missing_scope',
  'team_access_not_granted',
]);

/** Turn a Web API failure into the engine's DeliveryError. */
export function deliveryError(err: unknown, what: string): DeliveryError {
  const code = platformErrorCode(err);
  if (code) return new DeliveryError(`${what}: ${code}`, !permanent.has(code));
  return new DeliveryError(`${what}: ${errorText(err)}`, true);
}

export function platformErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('data' in err)) return undefined;
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * The engine's outbound port on Slack: posts via chat.postMessage, one message
 * per second per channel; 429s are waited out by the Web API client (Retry-After).
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
    if (first === undefined) throw new DeliveryError(`chat.postMessage to ${channel}: no ts returned`, true);
    if (reply.kind === 'question') this.lastQuestion.set(channel, first);
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
