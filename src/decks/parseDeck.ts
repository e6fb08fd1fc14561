import type { DeckFormat, DeckParseResult } from '../core/deck.ts';
import { titleFromFileName } from './deckFileName.ts';
import { normalizeDeckText, unreadableReason } from './deckText.ts';
import { parseCsvDeck } from './parseCsvDeck.ts';
import { parseJsonDeck } from './parseJsonDeck.ts';
import { parseMarkdownDeck } from './parseMarkdownDeck.ts';
import { parseYamlDeck } from './parseYamlDeck.ts';

export { formatFromFileName } from './deckFileName.ts';

const parsers: Record<DeckFormat, (text: string, fallbackTitle: string) => DeckParseResult> = {
  markdown: parseMarkdownDeck,
  yaml: parseYamlDeck,
  json: parseJsonDeck,
  csv: parseCsvDeck,
};

/**
 * Reads a deck from text in any supported format. Never throws for bad input:
 * every problem comes back with its line, ready for `file:line: message`.
 * `fileName` titles decks whose format carries no title (CSV, trivia YAML,
 * Markdown without a `# Title` line).
 */
export function parseDeck(text: string, format: DeckFormat, fileName = ''): DeckParseResult {
  const reason = unreadableReason(text);
  if (reason) return { ok: false, problems: [{ line: 0, message: reason }] };
  try {
    return parsers[format](normalizeDeckText(text), titleFromFileName(fileName));
  } catch (e) {
    // A bug of ours, not the author's: still a one-line answer, never a stack trace.
    return { ok: false, problems: [{ line: 0, message: `the deck could not be read (internal error: ${(e as Error)?.message ?? String(e)})` }] };
  }
}
