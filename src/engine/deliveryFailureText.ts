import type { DeliveryFailure, DeliveryReason } from '../core/delivery.ts';
import { msg, raw, type Text } from '../core/text.ts';
import type { MessageId } from '../i18n/messageIds.ts';
import { cmd } from './messages.ts';

/** What the admin reads for each reason: what went wrong and what to do about it. */
const sentence: Record<DeliveryReason, MessageId> = {
  'not-connected': 'delivery.notConnected',
  'no-access': 'delivery.noAccess',
  'channel-gone': 'delivery.channelGone',
  'rate-limited': 'delivery.rateLimited',
  unreachable: 'delivery.unreachable',
  other: 'delivery.other',
};

/** A failed post to a channel, in the admin's words, with the platform's detail after it as it was reported. */
export function deliveryFailureText(f: DeliveryFailure, channelId: string): Text {
  const reason = msg(sentence[f.reason], { channel: { channel: channelId }, dailySetup: cmd('daily setup') });
  return f.detail ? msg('delivery.withDetail', { reason, detail: raw(f.detail) }) : reason;
}
