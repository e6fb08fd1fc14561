import type { NotUtf8 } from './decodeDeckBytes.ts';
import { INVISIBLE } from '../core/invisible.ts';
import { deckLimits } from './deckLimits.ts';

/** Joiners matter in emoji and in some scripts; between two Latin letters they are noise. */
const LATIN_JOINER = /(?<=\p{Script=Latin})[\u200c\u200d](?=\p{Script=Latin})/gu;

/**
 * One line ending, no byte-order mark and no invisible characters inside words,
 * so parsers can split on `\n` and "Mün\u00ADchen" is "München" in the deck too.
 */
export function normalizeDeckText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(LATIN_JOINER, '');
}

const MB = 1024 * 1024;

export const binaryMessage = 'not a text file (it holds binary data); please use a .md, .txt, .tsv, .yaml, .json or .csv deck';

export const notTextMessage = 'not a text file: it is not valid UTF-8; please save the deck as UTF-8 text';

/** The same words chat uses (deckImport.notUtf8), for `deck check`. */
export const notUtf8Message = (n: NotUtf8): string =>
  `this file is not UTF-8 text: byte ${n.value} at line ${n.line}, column ${n.column} (byte ${n.byte} of the file) is not valid UTF-8. Please save the deck as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.`;

export const tooLargeMessage = (bytes: number): string =>
  `the file is ${(bytes / MB).toFixed(1)} MB; decks are limited to ${deckLimits.maxBytes / MB} MB, so please split it into several files`;

/**
 * Why the text cannot be a deck at all (too big, empty, not text), or
 * undefined. Checked before any parser runs, on a bounded sample.
 */
export function unreadableReason(text: string): string | undefined {
  // UTF-16 length is at most the byte length, so this never refuses a file that fits.
  if (text.length > deckLimits.maxBytes) return tooLargeMessage(text.length);
  if (text.trim() === '') return 'the file is empty; a deck needs at least one question and its answer';
  const sample = text.slice(0, 64 * 1024);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return binaryMessage;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > sample.length / 100) {
    return notTextMessage;
  }
  return undefined;
}
