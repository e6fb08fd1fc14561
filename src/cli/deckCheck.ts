import { loadDeckFile } from '../decks/loadDeckFile.ts';
import { questionLine } from '../decks/deckSummary.ts';
import { located } from './located.ts';
import { plural } from './plural.ts';

/**
 * `quizbot deck check FILE`: prints the deck's title, question count, glossary
 * size (when it has one) and one line per question and returns 0; or prints
 * every problem as `file:line: message` and returns 1. Warnings (artefacts cleaned while
 * reading, texts chat will show shortened) follow the listing as
 * `file:line: warning: ...` and do not fail the check.
 */
export function deckCheck(file: string, print: (line: string) => void): 0 | 1 {
  const result = loadDeckFile(file);
  if (!result.ok) {
    for (const p of result.problems) print(located(file, p.line, p.message));
    return 1;
  }
  const { deck, warnings } = result;
  const n = deck.questions.length;
  const several = deck.questions.filter((q) => q.type === 'open' && q.accepted.length > 0).length;
  print(deck.author ? `${deck.title} (by ${deck.author})` : deck.title);
  print(`${plural(n, 'question')}${several > 0 ? ` (${several} with several model answers)` : ''}`);
  const groups = deck.glossary.length;
  if (groups > 0) print(`glossary: ${plural(groups, 'group')}`);
  for (const q of deck.questions) print(questionLine(q));
  const byLine = [...warnings].sort((a, b) => a.line - b.line);
  for (const w of byLine) print(located(file, w.line, `warning: ${w.message}`));
  return 0;
}
