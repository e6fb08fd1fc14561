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
    readonly text: Text | string,
  ) {
    super(typeof text === 'string' ? text : code);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** A platform refused or failed a delivery; `retryable` when trying later may help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
