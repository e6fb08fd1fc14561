import type { Question } from '../core/deck.ts';
import { blockText, lineText } from './blockText.ts';
import { question } from './finishDeck.ts';

/** An answer longer than this is prose to grade against, not a word to match. */
const shortAnswerWords = 6;
const shortAnswerChars = 80;

/** Whether a card's answer is prose to grade against (an `open` question) rather than words to match. */
export function isLongAnswer(answer: string): boolean {
  const a = answer.trim();
  return a.split(/\s+/).length > shortAnswerWords || a.length > shortAnswerChars || a.includes('\n');
}

/**
 * A flashcard as a question: a brief answer (and any further ones) makes a
 * `short` question whose answers are accepted as written; a long one an
 * `open` question graded against it.
 */
export function cardQuestion(o: { number: number; prompt: string; answers: string[]; line: number; tags?: string[] }): Question {
  const answers = o.answers.map((a) => a.trim()).filter(Boolean);
  const tags = o.tags ?? [];
  const prompt = lineText(o.prompt);
  if (answers.some(isLongAnswer)) {
    return question({ number: o.number, type: 'open', prompt, answer: blockText(answers.join('\n\n').split('\n')), tags, line: o.line });
  }
  return question({ number: o.number, type: 'short', prompt, answer: answers[0] ?? '', accepted: answers.map(lineText), tags, line: o.line });
}
