import type { Question } from '../../src/core/deck.ts';
import type { Grade } from '../../src/core/grading/grader.ts';
import { raw } from '../../src/core/text.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';

/** Exactly `length` characters of distinct words, so a cut shows which words were kept. */
export function prose(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${text ? ' ' : ''}word${i}`;
  return `${text.slice(0, length - 1).trimEnd().padEnd(length - 1, 'x')}x`;
}

/** A question read from a Markdown deck, as the bot would load it. */
export function deckQuestion(prompt: string, answer: string): Question {
  const result = parseDeck(`### 1. ${prompt}\n\nAnswer: ${answer}\n`, 'markdown', 'long.md');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.deck.questions[0]!;
}

export const missedGrade: Grade = {
  score: 0,
  verdict: 'incorrect',
  matched: [],
  missed: ['a point'],
  feedback: raw('Not quite.'),
  contradicted: [],
  confidence: 1,
  graderVersion: 'test',
};

/**
 * Checks that `shown` is `full` cut after a whole word and marked as shortened;
 * returns the kept text.
 */
export function keptPart(shown: string, full: string): string {
  const tail = /…[ \u00a0]\(shortened\)$/.exec(shown);
  if (!tail) throw new Error(`not marked as shortened: …${shown.slice(-40)}`);
  const kept = shown.slice(0, tail.index);
  if (!full.startsWith(kept) || full[kept.length] !== ' ') throw new Error(`not cut after a whole word: …${kept.slice(-40)}`);
  return kept;
}
