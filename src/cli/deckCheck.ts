import { loadDeckFile } from '../decks/loadDeckFile.ts';
import { separatorOf } from '../decks/parseFlashcardText.ts';
import { questionLine } from '../decks/deckSummary.ts';
import { located } from './located.ts';
import { plural } from './plural.ts';

/**
 * `quizbot deck check FILE`: prints the deck's title, question count, glossary
 * size (when it has one) and one line per question and returns 0; or prints
 * every problem as `file:line: message` and returns 1. Warnings (artefacts cleaned while
 * reading, texts chat will show shortened) follow the listing as
 * `file:line: warning: ...` and do not fail the check. `separator` (a name such
 * as tab or pipe, or the characters) splits each line of a .txt or .tsv deck
 * into term and definition, as Quizlet exports them.
 */
export function deckCheck(file: string, print: (line: string) => void, o: { separator?: string } = {}): 0 | 1 {
  let separator: string | undefined;
  if (o.separator !== undefined) {
    separator = separatorOf(o.separator);
    if (!separator) {
      print(`${file}: --separator needs a character or a name (tab, comma, semicolon, pipe, space, colon)`);
      return 1;
    }
  }
  const result = loadDeckFile(file, separator ? { separator } : {});
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
