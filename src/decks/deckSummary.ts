import type { Question } from '../core/deck.ts';

/** The first words of a prompt, enough to recognise it in a one-line listing. */
export function firstWords(text: string, count = 9): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** One line per question, `  6. [open] Name three ways…`, as `deck check` and `deck show` list them. */
export const questionLine = (q: Question): string => `${String(q.number).padStart(3)}. [${q.type}] ${firstWords(q.prompt)}`;
