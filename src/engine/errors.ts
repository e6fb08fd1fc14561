/**
 * Expected user errors, shown privately and politely. Anything else thrown by
 * the engine is a bug: adapters log it with context and show a short apology.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
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
