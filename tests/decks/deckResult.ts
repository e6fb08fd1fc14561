import type { Deck, DeckParseResult } from '../../src/core/deck.ts';

/** The deck, or a failure that lists the problems so a broken test says why. */
export function deckOf(result: DeckParseResult): Deck {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.deck;
}

/** The problems as `line: message`, as `deck check` would print them after the file name. */
export function problemsOf(result: DeckParseResult): string[] {
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.problems.map((p) => `${p.line}: ${p.message}`);
}
