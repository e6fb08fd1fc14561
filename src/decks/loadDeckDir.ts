import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Deck, DeckProblem } from '../core/deck.ts';
import { formatFromFileName } from './parseDeck.ts';
import { loadDeckFile } from './loadDeckFile.ts';

/** A deck's name is its file name without the extension: `biology-101.yaml` → `biology-101`. */
export function deckNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '').toLowerCase().replace(/\s+/g, '-');
}

/** Loads every deck file of a folder; broken files are reported, not fatal. */
export function loadDeckDir(dir: string): { decks: Map<string, Deck>; problems: { file: string; problems: DeckProblem[] }[] } {
  const decks = new Map<string, Deck>();
  const problems: { file: string; problems: DeckProblem[] }[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!formatFromFileName(f)) continue;
    const file = path.join(dir, f);
    const r = loadDeckFile(file);
    if (r.ok) decks.set(deckNameFromFile(f), r.deck);
    else problems.push({ file, problems: r.problems });
  }
  return { decks, problems };
}
