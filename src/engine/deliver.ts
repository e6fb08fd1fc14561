import type { DeliveryFailure } from '../core/delivery.ts';
import type { EngineContext } from './context.ts';
import { DeliveryError } from './errors.ts';
import { forChannel } from './replyLocale.ts';
import type { ChannelTarget, Reply } from './types.ts';

export type Delivery = { ok: true; messageId: string } | { ok: false; retryable: boolean; failure: DeliveryFailure };

export const MAX_ATTEMPTS = 5;

/** Exponential back-off for platform retries: 30 s, 1 min, 2 min, ... capped at 30 min. */
export function backoff(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}

/**
 * Posts through the platform port in the server's language, turning failures
 * into data the caller can record. Every channel post goes through here.
 */
export async function deliver(ctx: EngineContext, target: ChannelTarget, reply: Reply): Promise<Delivery> {
  try {
    const sent = await ctx.d.poster.post(target, forChannel(ctx, target, reply));
    return { ok: true, messageId: sent.messageId };
  } catch (e) {
    if (e instanceof DeliveryError) {
      ctx.d.logger.warn({ target, kind: reply.kind, err: e.message, retryable: e.retryable }, 'delivery failed');
      return { ok: false, retryable: e.retryable, failure: e.failure };
    }
    ctx.d.logger.error({ target, kind: reply.kind, err: e }, 'delivery crashed');
    // A bug, not a platform's answer: admins get its kind, the log has the rest.
    return { ok: false, retryable: true, failure: { reason: 'other', detail: e instanceof Error ? e.name : typeof e } };
  }
}
