import type { Deck, DeckParseResult, Question } from '../core/deck.ts';
import { type DeckProblems, excerpt } from './DeckProblems.ts';
import { deckLimits, displayLimits } from './deckLimits.ts';

const count = (n: number): string => n.toLocaleString('en-US');
/** What a parser read besides the questions; no glossary means an empty one. */
export type DeckInfo = Pick<Deck, 'title' | 'description' | 'author'> & Partial<Pick<Deck, 'glossary'>>;

/** Empty fields default here so each format parser only fills what it has. */
export function question(fields: Pick<Question, 'number' | 'prompt' | 'line'> & Partial<Question>): Question {
  return { type: 'open', answer: '', accepted: [], choices: [], keyPoints: [], tags: [], glossary: [], ...fields };
}

/**
 * The checks every format shares: at least one question, unique numbers, an
 * answer for each question, and the size limits; texts longer than chat shows
 * are warnings, since adapters shorten them for display only.
 */
export function finishDeck(info: DeckInfo, questions: Question[], found: DeckProblems): DeckParseResult {
  if (questions.length === 0 && !found.failed) {
    found.error(0, 'the deck has no questions');
  }
  if (questions.length > deckLimits.maxQuestions) {
    const first = questions[deckLimits.maxQuestions];
    found.error(
      first?.line ?? 0,
      `the deck has ${count(questions.length)} questions; decks are limited to ${count(deckLimits.maxQuestions)}, so please split it into several files`,
    );
  }
  const seen = new Map<number, Question>();
  const prompts = new Map<string, Question>();
  for (const q of questions) {
    // The same question twice is usually a copy-paste slip; both load, but the author should know where.
    const same = q.prompt.toLowerCase().replace(/\s+/g, ' ').trim();
    const repeated = same ? prompts.get(same) : undefined;
    if (repeated && q.line && repeated.line) found.warn(q.line, `line ${q.line} repeats the question on line ${repeated.line} ("${excerpt(repeated.prompt)}")`);
    else if (same && !repeated) prompts.set(same, q);
    const earlier = seen.get(q.number);
    if (earlier) {
      found.error(q.line, `question ${q.number} is numbered like the question on line ${earlier.line}`);
    } else {
      seen.set(q.number, q);
    }
    checkQuestion(q, found);
  }
  if (found.failed) return { ok: false, problems: found.list() };
  // One array for the deck and all its questions: the grader, given a question, reads the deck's glossary.
  const glossary = info.glossary ?? [];
  for (const q of questions) q.glossary = glossary;
  const deck: Deck = { title: info.title, description: info.description, glossary, questions };
  if (info.author) deck.author = info.author;
  return { ok: true, deck, warnings: found.warnings };
}

function checkQuestion(q: Question, found: DeckProblems): void {
  const at = `question ${q.number}`;
  if (!q.prompt.trim()) found.error(q.line, `${at} has no text`);
  const texts: Array<[string, string[]]> = [
    [at, [q.prompt]],
    [`the answer to ${at}`, [q.answer]],
    [`an accepted answer of ${at}`, q.accepted],
    [`an option of ${at}`, q.choices],
    [`a key point of ${at}`, q.keyPoints.flatMap((k) => [k.label, ...k.aliases])],
  ];
  for (const [what, list] of texts) {
    const longest = list.reduce((n, t) => Math.max(n, t.length), 0);
    if (longest > deckLimits.maxTextChars) {
      found.error(q.line, `${what} is ${count(longest)} characters long; a deck text may have at most ${count(deckLimits.maxTextChars)}, so please shorten it`);
    }
  }
  warnIfShortened(found, q.line, at, q.prompt.length, displayLimits.prompt);
  warnIfShortened(found, q.line, `the answer to ${at}`, q.answer.length, displayLimits.answer);
  if (q.type === 'open' && !q.answer.trim()) found.error(q.line, `${at} has no answer`);
  if (q.type === 'short' && q.accepted.length === 0) found.error(q.line, `${at} has no accepted answer`);
  if (q.type === 'choice') {
    if (q.choices.length < 2) found.error(q.line, `${at} is multiple choice but has ${q.choices.length === 1 ? 'only one option' : 'no options'}; give at least two`);
    if (q.accepted.length === 0) found.error(q.line, `${at} is multiple choice but marks no option as correct`);
    for (const a of q.accepted) {
      if (!q.choices.includes(a)) found.error(q.line, `${at}: the correct answer "${a}" is not one of its options`);
    }
  }
}

/** A text longer than some platform shows still loads: say where it will be cut. */
function warnIfShortened(found: DeckProblems, line: number, what: string, length: number, limits: Record<string, number>): void {
  if (length > deckLimits.maxTextChars) return;
  const over = Object.entries(limits).filter(([, max]) => length > max);
  if (over.length === 0) return;
  const shows = over.map(([platform, max]) => `${platform} ${count(max)}`).join(', ');
  found.warn(line, `${what} is ${count(length)} characters long, more than chat shows (${shows}); it is shown shortened there, and grading still uses all of it`);
}
