import type { DeliveryFailure, DeliveryReason } from '../core/delivery.ts';
import type { Text } from '../core/text.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Expected user errors, shown privately and politely. Anything else thrown by
 * the engine is a bug: adapters log it with context and show a short apology.
 */
export class UserError extends Error {
  /** The caller's language, set by the engine before the error reaches an adapter. */
  locale?: Locale;

  constructor(
    readonly code: string,
    readonly text: Text,
  ) {
    super(code);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/**
 * A platform refused or failed a delivery: why (`reason`, for the admin's words),
 * the platform's code or status (`detail`), and whether trying later may help.
 * The message is for the log, in English.
 */
export class DeliveryError extends Error {
  constructor(
    readonly reason: DeliveryReason,
    readonly detail: string,
    readonly retryable: boolean,
    /** What was being done, for the log: "post in channel 123". */
    doing?: string,
  ) {
    super(`${doing ? `${doing}: ` : ''}${detail} (${reason})`);
    this.name = 'DeliveryError';
  }

  get failure(): DeliveryFailure {
    return { reason: this.reason, detail: this.detail };
  }
}
