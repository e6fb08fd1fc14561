/**
 * A network failure's own code (ECONNRESET, UND_ERR_CONNECT_TIMEOUT, …), else its kind:
 * never its message, which may quote the request (and its token).
 */
export function networkCode(error: unknown): string {
  const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined);
  const cause = error instanceof Error ? error.cause : undefined;
  return codeOf(error) ?? codeOf(cause) ?? (error instanceof Error ? error.name : typeof error);
}
