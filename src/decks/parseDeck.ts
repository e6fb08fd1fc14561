import type { DeckFormat, DeckParseResult } from '../core/deck.ts';
import { titleFromFileName } from './deckFileName.ts';
import { normalizeDeckText, unreadableReason } from './deckText.ts';
import { parseCsvDeck } from './parseCsvDeck.ts';
import { parseAnkiText, parseCardLines, plainTextKind } from './parseFlashcardText.ts';
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

export interface ParseDeckOptions {
  /** Between a card's term and definition in a .txt or .tsv deck (`deck check --separator`). */
  separator?: string;
}

/**
 * Reads a deck from text in any supported format. Never throws for bad input:
 * every problem comes back with its line, ready for `file:line: message`.
 * `fileName` titles decks whose format carries no title (CSV, trivia YAML,
 * Markdown without a `# Title` line), and a .txt or .tsv one may be an Anki
 * or Quizlet export rather than Markdown or CSV.
 */
export function parseDeck(text: string, format: DeckFormat, fileName = '', options: ParseDeckOptions = {}): DeckParseResult {
  const reason = unreadableReason(text);
  if (reason) return { ok: false, problems: [{ line: 0, message: reason }] };
  try {
    const normalized = normalizeDeckText(text);
    const title = titleFromFileName(fileName);
    const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
    if (ext === 'txt' || ext === 'tsv') {
      const plain = plainTextKind(normalized, { ...options, tabbed: ext === 'tsv' });
      if (plain.kind === 'anki') return parseAnkiText(normalized, title, options.separator);
      if (plain.kind === 'cards') return parseCardLines(normalized, title, plain.separator);
    }
    return parsers[format](normalized, title);
  } catch (e) {
    // A bug of ours, not the author's: still a one-line answer, never a stack trace.
    return { ok: false, problems: [{ line: 0, message: `the deck could not be read (internal error: ${(e as Error)?.message ?? String(e)})` }] };
  }
}
