import { DiscordAPIError, HTTPError, Routes } from 'discord.js';
import type { APIMessage, REST } from 'discord.js';
import { DeliveryError } from '../../engine/errors.ts';
import type { ChannelTarget, Poster, Reply, SentMessage } from '../../engine/types.ts';
import { renderReply } from './render.ts';

/** Discord JSON error codes that mean the target is gone or closed to us. */
const unknownChannel = 10003;
const unknownMessage = 10008;

/** Turns a REST failure into a DeliveryError: 4xx will not get better by retrying, 5xx and network errors may. */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const retryable = error.status >= 500 || error.status === 429;
    return new DeliveryError(`Discord refused to ${what}: ${error.status} ${error.message}`, retryable);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`Could not reach Discord to ${what}: ${message}`, true);
}

/** Posts the engine's unsolicited messages (daily questions, quiz turns, reveals) to channels. */
export class DiscordPoster implements Poster {
  constructor(private readonly rest: REST) {}

  async post(target: ChannelTarget, reply: Reply): Promise<SentMessage> {
    let firstId: string | undefined;
    for (const message of renderReply({ ...reply, visibility: 'public' })) {
      try {
        const sent = (await this.rest.post(Routes.channelMessages(target.channelId), { body: message })) as { id: string };
        firstId ??= sent.id;
      } catch (error) {
        throw toDeliveryError(error, `post in channel ${target.channelId}`);
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
