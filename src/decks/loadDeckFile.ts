import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DeckParseResult } from '../core/deck.ts';
import { formatFromFileName, supportedDeckExtensions } from './deckFileName.ts';
import { deckLimits } from './deckLimits.ts';
import { notTextMessage, tooLargeMessage } from './deckText.ts';
import { parseDeck } from './parseDeck.ts';

const fail = (message: string): DeckParseResult => ({ ok: false, problems: [{ line: 0, message }] });

/**
 * Reads and parses a deck file. The size is checked before reading, so a huge
 * file costs nothing; bytes that are not UTF-8 are reported, not guessed at.
 */
export function loadDeckFile(path: string): DeckParseResult {
  const format = formatFromFileName(path);
  if (!format) return fail(`quizbot reads decks from ${supportedDeckExtensions} files; rename the file or convert it`);
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
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, read));
    } catch {
      return fail(notTextMessage);
    }
    return parseDeck(text, format, path);
  } catch (e) {
    return fail(`the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}
