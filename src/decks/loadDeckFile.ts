import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DeckParseResult } from '../core/deck.ts';
import { formatFromFileName, isAnkiPackage, supportedDeckExtensions, titleFromFileName } from './deckFileName.ts';
import { readAnkiPackage } from './readAnkiPackage.ts';
import { deckLimits } from './deckLimits.ts';
import { decodeDeckBytes } from './decodeDeckBytes.ts';
import { binaryMessage, notUtf8Message, tooLargeMessage } from './deckText.ts';
import { type ParseDeckOptions, parseDeck } from './parseDeck.ts';

const fail = (message: string): DeckParseResult => ({ ok: false, problems: [{ line: 0, message }] });

/**
 * Reads and parses a deck file. The size is checked before reading, so a huge
 * file costs nothing; the bytes are decoded as chat imports decode them.
 */
export function loadDeckFile(path: string, options: ParseDeckOptions = {}): DeckParseResult {
  const format = formatFromFileName(path);
  const ankiPackage = isAnkiPackage(path);
  if (!format && !ankiPackage) return fail(`quizbot reads decks from ${supportedDeckExtensions} files; rename the file or convert it`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a deck file' : `the file cannot be read (${code ?? 'unknown error'})`);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > deckLimits.maxBytes) return fail(tooLargeMessage(size));
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (ankiPackage || !format) return readAnkiPackage(bytes.subarray(0, read), titleFromFileName(path));
    const decoded = decodeDeckBytes(bytes.subarray(0, read));
    if (!decoded.ok) {
      if ('binary' in decoded) return fail(binaryMessage);
      return { ok: false, problems: [{ line: decoded.notUtf8.line, message: notUtf8Message(decoded.notUtf8) }] };
    }
    return parseDeck(decoded.text, format, path, options);
  } catch (e) {
    return fail(`the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}
