/** Downloads a file shared with the app, with the bot token, refusing anything over `maxBytes`; the engine decodes the bytes. */
export type FileDownload = (url: string, maxBytes: number) => Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'failed' }>;

/**
 * The bot token is only ever sent to Slack's file host or to the configured
 * Web API origin (a proxy or test stand-in), never to a URL from elsewhere.
 */
export function fileDownloader(botToken: string, apiUrl: string | undefined): FileDownload {
  const allowed = new Set(['https://files.slack.com']);
  if (apiUrl) allowed.add(new URL(apiUrl).origin);
  return async (url, maxBytes) => {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return { ok: false, reason: 'failed' };
    }
    if (!allowed.has(origin)) return { ok: false, reason: 'failed' };
    const res = await fetch(url, { headers: { Authorization: `Bearer ${botToken}` } });
    if (!res.ok || !res.body) return { ok: false, reason: 'failed' };
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
      await res.body.cancel();
      return { ok: false, reason: 'too_large' };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.byteLength;
      if (size > maxBytes) return { ok: false, reason: 'too_large' };
      chunks.push(chunk);
    }
    // Slack answers an unauthorised download with its HTML login page instead of an error status.
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) return { ok: false, reason: 'failed' };
    return { ok: true, bytes: Buffer.concat(chunks) };
  };
}
