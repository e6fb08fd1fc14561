import { DiscordAPIError, HTTPError, RateLimitError, Routes } from 'discord.js';
import type { APIDMChannel, APIMessage, REST } from 'discord.js';
import type { DeliveryReason } from '../../core/delivery.ts';
import type { RoleFailure, RoleMoveResult, RoleMoves } from '../../core/rewardRoles.ts';
import { DeliveryError } from '../../engine/errors.ts';
import type { ChannelTarget, Poster, Reply, SentMessage, WorkspaceRef } from '../../engine/types.ts';
import { renderReply } from './render.ts';
import { DiscordRewardRoles } from './rewardRoles.ts';
import { networkCode } from '../networkCode.ts';

/** Discord JSON error codes that mean the target is gone or closed to us. */
const unknownChannel = 10003;
const unknownGuild = 10004;
const unknownMessage = 10008;
const missingAccess = 50001;
const missingPermissions = 50013;
/** The member closed their DMs to this server's members, or blocked the bot. */
const cannotMessageUser = 50007;

/** Why Discord refused, from the HTTP status and its JSON error code. */
function reasonOf(status: number, code: number | string | undefined): DeliveryReason {
  if (code === missingAccess || code === missingPermissions || code === cannotMessageUser || status === 403) return 'no-access';
  if (code === unknownChannel || code === unknownGuild || status === 404) return 'channel-gone';
  if (status === 401) return 'not-connected';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'unreachable';
  return 'other';
}

/**
 * Turns a REST failure into a DeliveryError with its reason and Discord's status and
 * code as the detail: 4xx will not get better by retrying, 429s, 5xx and network errors may.
 */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof RateLimitError) return new DeliveryError('rate-limited', `Discord: HTTP 429, retry after ${error.retryAfter} ms`, true, what);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const code = error instanceof DiscordAPIError && error.code !== 0 ? error.code : undefined;
    const reason = reasonOf(error.status, code);
    const detail = `Discord: HTTP ${error.status}${code === undefined ? '' : `, code ${code}`}`;
    return new DeliveryError(reason, detail, reason === 'rate-limited' || reason === 'unreachable', what);
  }
  return new DeliveryError('unreachable', `Discord: ${networkCode(error)}`, true, what);
}

/** Posts the engine's unsolicited messages (daily questions, quiz turns, reveals) to channels, and direct messages to members. */
export class DiscordPoster implements Poster {
  /** Each member's DM channel, once opened. */
  private readonly dmChannels = new Map<string, string>();

  private readonly roles: DiscordRewardRoles;

  constructor(private readonly rest: REST) {
    this.roles = new DiscordRewardRoles(rest);
  }

  /** Whether the bot may hand out a season's reward role in this server. */
  checkRewardRole(workspace: WorkspaceRef, roleId: string): Promise<RoleFailure | undefined> {
    return this.roles.check(workspace.workspaceId, roleId);
  }

  /** Moves a season's reward role between members of the server. */
  setRewardRole(workspace: WorkspaceRef, roleId: string, moves: RoleMoves): Promise<RoleMoveResult> {
    return this.roles.move(workspace.workspaceId, roleId, moves);
  }

  post(target: ChannelTarget, reply: Reply): Promise<SentMessage> {
    return this.send(target.channelId, reply, `post in channel ${target.channelId}`);
  }

  /**
   * A direct message to a member (an appeal decided): opens the DM channel, then posts there.
   * A member who takes no DMs from the server answers 403 (code 50007): a `no-access` DeliveryError.
   */
  async notify(member: WorkspaceRef & { userId: string }, reply: Reply): Promise<SentMessage> {
    let channelId = this.dmChannels.get(member.userId);
    if (!channelId) {
      try {
        const dm = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: member.userId } })) as APIDMChannel;
        channelId = dm.id;
      } catch (error) {
        throw toDeliveryError(error, `open a DM with member ${member.userId}`);
      }
      this.dmChannels.set(member.userId, channelId);
    }
    return this.send(channelId, reply, `DM member ${member.userId}`);
  }

  /** Every message of a split reply in order; the first one's id stands for all. */
  private async send(channelId: string, reply: Reply, what: string): Promise<SentMessage> {
    let firstId: string | undefined;
    for (const message of renderReply({ ...reply, visibility: 'public' })) {
      try {
        const sent = (await this.rest.post(Routes.channelMessages(channelId), { body: message })) as { id: string };
        firstId ??= sent.id;
      } catch (error) {
        throw toDeliveryError(error, what);
      }
    }
    return { messageId: firstId! };
  }

  async exists(target: ChannelTarget, messageId: string): Promise<boolean> {
    try {
      await this.rest.get(Routes.channelMessage(target.channelId, messageId));
      return true;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.code === unknownMessage || error.code === unknownChannel)) return false;
      throw toDeliveryError(error, `read message ${messageId} in channel ${target.channelId}`);
    }
  }

  /** The newest of the channel's last 50 messages carrying a button with this id. */
  async find(target: ChannelTarget, buttonId: string): Promise<string | undefined> {
    let recent: APIMessage[];
    try {
      const query = new URLSearchParams({ limit: '50' });
      recent = (await this.rest.get(Routes.channelMessages(target.channelId), { query })) as APIMessage[];
    } catch (error) {
      throw toDeliveryError(error, `read recent messages in channel ${target.channelId}`);
    }
    const hasButton = (m: APIMessage) =>
      (m.components ?? []).some((row) => 'components' in row && row.components.some((c) => 'custom_id' in c && c.custom_id === buttonId));
    return recent.find(hasButton)?.id;
  }
}
