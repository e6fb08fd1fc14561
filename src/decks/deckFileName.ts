import type { DeckFormat } from '../core/deck.ts';

const formats: Record<string, DeckFormat> = {
  md: 'markdown', markdown: 'markdown', txt: 'markdown',
  yaml: 'yaml', yml: 'yaml',
  json: 'json',
  csv: 'csv',
  // Tab-separated flashcards (Quizlet's export); parseDeck reads them by the extension.
  tsv: 'csv',
};

/** The deck format a file name implies, or undefined for an extension we do not read. */
export function formatFromFileName(fileName: string): DeckFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? formats[ext] : undefined;
}

/** Anki's own packages: a zip holding the SQLite collection (readAnkiPackage). */
export const isAnkiPackage = (fileName: string): boolean => /\.apkg$/i.test(fileName);

export const supportedDeckExtensions = '.md, .txt, .tsv, .yaml, .yml, .json, .csv or .apkg';

/** A readable title for decks whose format has none: `deep-nets_v2.csv` -> `Deep nets v2`. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const words = base.replace(/\.[^.]*$/, '').replace(/[-_.\s]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled deck';
}
