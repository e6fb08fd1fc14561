/**
 * Why a platform did not take a message, in terms an admin can act on. Each
 * adapter maps its own errors to one of these; the engine words them.
 */
export const deliveryReasons = [
  /** The platform is not connected here, or refused the bot's credentials. */
  'not-connected',
  /** The bot may not see or post in the channel (missing permission, not a member). */
  'no-access',
  /** The channel was deleted or archived, or the bot was removed from it. */
  'channel-gone',
  /** The platform asked the bot to slow down. */
  'rate-limited',
  /** The platform could not be reached, or failed on its side (network, 5xx). */
  'unreachable',
  'other',
] as const;

export type DeliveryReason = (typeof deliveryReasons)[number];

/**
 * A failed delivery as it is recorded and shown: the reason, and the platform's
 * own detail (an error code or HTTP status) for whoever looks into it. The detail
 * never holds a token or a member's text.
 */
export interface DeliveryFailure {
  reason: DeliveryReason;
  detail: string;
}

export const isDeliveryReason = (v: unknown): v is DeliveryReason => typeof v === 'string' && (deliveryReasons as readonly string[]).includes(v);
