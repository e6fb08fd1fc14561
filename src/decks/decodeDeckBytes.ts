/** Where a file stops being UTF-8: 1-based line and column (in bytes) and 1-based byte of the file. */
export interface NotUtf8 {
  line: number;
  column: number;
  byte: number;
  /** The offending byte, e.g. `0xFC` (ü in Latin-1). */
  value: string;
}

export type DecodedDeck = { ok: true; text: string } | { ok: false; notUtf8: NotUtf8 } | { ok: false; binary: true };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one way deck bytes become text, for every import path (chat, Slack DM,
 * Discord attachment, playground, `deck check`): UTF-8 with or without its
 * byte-order mark, or UTF-16 when a byte-order mark says so (Excel's "Unicode
 * Text"); anything else is refused with where it stops being UTF-8, never
 * decoded with U+FFFD in place of letters (a "München" that no answer matches).
 */
export function decodeDeckBytes(bytes: Uint8Array): DecodedDeck {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  // No text format has NUL bytes: an image or a zip (.apkg) gets "not a text file", not a byte position.
  if (bytes.indexOf(0) >= 0) return { ok: false, binary: true };
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark itself.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, notUtf8: where(bytes, firstInvalidUtf8(bytes)) };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedDeck {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    // Not really UTF-16 after all: say where UTF-8 fails, which is what we ask for.
    return { ok: false, notUtf8: where(bytes, firstInvalidUtf8(bytes)) };
  }
}

function where(bytes: Uint8Array, at: number): NotUtf8 {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const value = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return { line, column: at - lineStart + 1, byte: at + 1, value };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (WHATWG rules). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      // A sequence cut short is reported at its first byte, where the letter went wrong.
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return b.length;
}
