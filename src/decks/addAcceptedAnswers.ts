import type { Deck } from '../core/deck.ts';
import { type AddKeyPointsResult, insertAfterAnswers } from './addKeyPointsToMarkdown.ts';
import { lineText } from './blockText.ts';
import { normalizeDeckText } from './deckText.ts';
import { readMarkdownDeck } from './parseMarkdownDeck.ts';
import { deckEssence } from './writeDeck.ts';

/** An answer to a question of a deck that a reviewer accepted as correct. */
export interface AcceptedAnswer {
  question: number;
  answer: string;
}

const key = (s: string) => lineText(s).toLowerCase();

/**
 * Per question, the accepted answers the deck does not state yet, each on one
 * line, in the order given, without repeats. Choice questions take none (their
 * options are the answers); answers to questions the deck no longer has are left out.
 */
export function newAcceptedAnswers(deck: Deck, accepted: readonly AcceptedAnswer[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const known = new Map<number, Set<string>>();
  for (const a of accepted) {
    const q = deck.questions.find((x) => x.number === a.question);
    const text = lineText(a.answer);
    if (!q || q.type === 'choice' || !text) continue;
    let seen = known.get(q.number);
    if (!seen) known.set(q.number, (seen = new Set([q.answer, ...q.accepted].map(key))));
    if (seen.has(key(text))) continue;
    seen.add(key(text));
    out.set(q.number, [...(out.get(q.number) ?? []), text]);
  }
  return out;
}

/** The deck with each question's new accepted answers after the ones it states. */
export function withAcceptedAnswers(deck: Deck, added: ReadonlyMap<number, readonly string[]>): Deck {
  return { ...deck, questions: deck.questions.map((q) => (added.has(q.number) ? { ...q, accepted: [...q.accepted, ...added.get(q.number)!] } : q)) };
}

/** Whether a text reads back unchanged as an `Also accepted:` line (LaTeX, for one, is rewritten when read). */
export function fitsAlsoAcceptedLine(text: string): boolean {
  const r = readMarkdownDeck(`### 1. Q\n\nAnswer: A\n\nAlso accepted: ${text}\n`, '').result;
  return r.ok && r.deck.questions[0]?.accepted.length === 1 && r.deck.questions[0].accepted[0] === text;
}

/**
 * Adds an `Also accepted:` line for each new accepted answer after its question's
 * answers in a Markdown deck, leaving every other byte as it was. The result is
 * parsed back and refused unless it reads as the deck with those answers added.
 */
export function addAcceptedToMarkdown(source: string, added: ReadonlyMap<number, readonly string[]>): AddKeyPointsResult {
  const before = readMarkdownDeck(normalizeDeckText(source), '').result;
  if (!before.ok) return { ok: false, question: [...added.keys()][0] ?? 0 };
  const blocks = new Map([...added].map(([n, answers]) => [n, answers.flatMap((a, i) => (i ? ['', `Also accepted: ${a}`] : [`Also accepted: ${a}`]))]));
  const inserted = insertAfterAnswers(source, blocks);
  if (!inserted.ok) return inserted;
  const after = readMarkdownDeck(normalizeDeckText(inserted.text), '').result;
  if (!after.ok || deckEssence(after.deck) !== deckEssence(withAcceptedAnswers(before.deck, added))) return { ok: false, question: [...added.keys()][0] ?? 0 };
  return inserted;
}
