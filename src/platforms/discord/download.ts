import { UserError } from '../../engine/errors.ts';
import { deckLimits } from '../../decks/deckLimits.ts';
import { messages } from './messages.ts';

const tooLarge = () => new UserError('file-too-large', messages.fileTooLarge(deckLimits.maxBytes / (1024 * 1024)));

/**
 * Downloads an attachment's bytes (the engine decodes them, as it decodes every deck). Refuses, before any request, a file
 * whose declared size is over the limit, and stops reading if the body
 * turns out larger than declared.
 */
export async function downloadFile(file: { url: string; size: number }, maxBytes: number = deckLimits.maxBytes): Promise<Uint8Array> {
  if (file.size > maxBytes) throw tooLarge();
  const res = await fetch(file.url).catch(() => undefined);
  if (!res?.ok || !res.body) throw new UserError('download-failed', messages.downloadFailed);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
