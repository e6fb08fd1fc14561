import { loadConfig } from '../../../src/config.ts';
import type { Deck, Question } from '../../../src/core/deck.ts';
import { loadDeckDir } from '../../../src/decks/loadDeckDir.ts';

/** The decks quizbot ships, loaded as the bot loads them (deck parser included). */
const config = loadConfig({});
const { decks } = loadDeckDir(config.DECKS_DIR);

function deckNamed(name: string): Deck {
  const deck = decks.get(name);
  if (!deck) throw new Error(`the shipped deck ${name} does not load`);
  return deck;
}

/** The deck a workspace quizzes on until it picks another (deep-learning-training). */
export const defaultDeck = deckNamed(config.DEFAULT_DECK);
export const shippedDecks = [...decks.values()];

/** Question `n` of the default deck, with the key points and aliases the deck states. */
export function deckQuestion(n: number): Question {
  const q = defaultDeck.questions.find((x) => x.number === n);
  if (!q) throw new Error(`the default deck has no question ${n}`);
  return q;
}
