import { z } from 'zod';
import type { DeckParseResult, KeyPoint, Question, QuestionType } from '../core/deck.ts';
import { blockText, lineText } from './blockText.ts';
import { deckLimits } from './deckLimits.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck, question } from './finishDeck.ts';
import { plural } from './plural.ts';

// Numbers are welcome where text is expected: YAML and JSON authors write `- 8`.
const text = z.union([z.string(), z.number()]).transform(String);
const keyPointSchema = z.union([z.string(), z.object({ label: z.string(), aliases: z.array(text).optional() }).strict()]);
const choiceRef = z.union([z.number().int(), z.string()]);
// A glossary is a list of groups of terms that mean the same thing, main term first.
const glossaryTerm = text.pipe(z.string().trim().min(1).max(deckLimits.maxTextChars));
const glossarySchema = z.array(z.array(glossaryTerm).min(2));

// Strict, so a typo such as "answr" is reported instead of silently dropped.
const questionSchema = z
  .object({
    number: z.number().int().positive().optional(),
    type: z.enum(['open', 'short', 'choice']).optional(),
    prompt: z.string().trim().min(1),
    answer: text.optional(),
    accepted: z.array(text).optional(),
    choices: z.array(text).optional(),
    correct: z.union([choiceRef, z.array(choiceRef)]).optional(),
    keyPoints: z.array(keyPointSchema).optional(),
    tags: z.array(text).optional(),
  })
  .strict();

/**
 * Quizbot's own deck format, read from JSON or from YAML with a top-level
 * `questions:` key. Fields other than `prompt` are optional; each type's own
 * requirements are checked after the schema so they can be worded per type.
 */
export const canonicalDeckSchema = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  author: z.string().optional(),
  glossary: glossarySchema.optional(),
  questions: z.array(z.unknown()),
});

type CanonicalQuestion = z.infer<typeof questionSchema>;
type Path = readonly PropertyKey[];

/** `['questions', 3, 'prompt']` -> `questions[3].prompt` */
export const pathText = (path: Path): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || 'the deck';

const kind: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'an object', int: 'a whole number' };

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `must be ${kind[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      if (issue.input === undefined) return 'required';
      return issue.path.includes('keyPoints') ? 'must be a label or {"label", "aliases"}' : 'must be text or a number';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array' && issue.path[0] === 'glossary') return `must list at least ${plural(Number(issue.minimum), 'term')} that mean the same thing, e.g. ["ReLU", "rectified linear unit"]`;
      if (issue.origin === 'array') return `must have at least ${plural(Number(issue.minimum), 'entry', 'entries')}`;
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${Number(issue.maximum).toLocaleString('en-US')} characters long` : issue.message;
    default:
      return issue.message;
  }
}

/**
 * Builds a deck from already-parsed JSON or YAML data. `lineOfQuestion(i)` gives
 * the line where questions[i] starts, so every problem can name a line.
 */
export function canonicalDeck(data: unknown, lineOfQuestion: (index: number) => number, fallbackTitle: string): DeckParseResult {
  const found = new DeckProblems();
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('questions' in data)) {
    found.error(1, 'a deck is an object with a "questions" list, e.g. {"title": "...", "questions": [{"type": "open", "prompt": "...", "answer": "..."}]}');
    return { ok: false, problems: found.list() };
  }
  const parsed = canonicalDeckSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) found.error(1, `${pathText(issue.path)}: ${issueMessage(issue)}`);
    return { ok: false, problems: found.list() };
  }
  const deck = parsed.data;
  const questions: Question[] = [];
  // Each question is checked on its own, so one bad field does not hide the
  // problems of the others.
  deck.questions.forEach((raw, index) => {
    if (found.full) return;
    const line = lineOfQuestion(index) || 1;
    const q = questionSchema.safeParse(raw, { reportInput: true });
    if (!q.success) {
      for (const issue of q.error.issues) found.error(line, `${pathText(['questions', index, ...issue.path])}: ${issueMessage(issue)}`);
      return;
    }
    const built = toQuestion(q.data, index, line, found);
    if (built) questions.push(built);
  });
  const info = {
    title: deck.title?.trim() || fallbackTitle,
    description: deck.description?.trim() ?? '',
    author: deck.author?.trim() || undefined,
    glossary: (deck.glossary ?? []).map((group) => group.map(lineText)),
  };
  return finishDeck(info, questions, found);
}

function inferType(q: CanonicalQuestion): QuestionType {
  if (q.type) return q.type;
  if (q.choices?.length) return 'choice';
  return q.accepted?.length && q.answer === undefined ? 'short' : 'open';
}

/** Resolves `correct` (0-based index, letter, or the option's text) to option texts. */
function correctChoices(choices: string[], correct: NonNullable<CanonicalQuestion['correct']>, fail: (m: string) => void): string[] {
  const refs = Array.isArray(correct) ? correct : [correct];
  const out: string[] = [];
  for (const ref of refs) {
    if (typeof ref === 'number') {
      const choice = choices[ref];
      if (choice === undefined) fail(`index ${ref} is not one of the ${plural(choices.length, 'choice')} (0 to ${choices.length - 1})`);
      else out.push(choice);
      continue;
    }
    const wanted = lineText(ref).toLowerCase();
    const byText = choices.find((c) => c.toLowerCase() === wanted);
    const letter = /^[a-z]$/.test(wanted) ? choices[wanted.charCodeAt(0) - 97] : undefined;
    const choice = byText ?? letter;
    if (choice === undefined) fail(`"${ref}" is neither the text nor the letter (A to ${String.fromCharCode(64 + choices.length)}) of a choice`);
    else out.push(choice);
  }
  return [...new Set(out)];
}

function toQuestion(q: CanonicalQuestion, index: number, line: number, found: DeckProblems): Question | undefined {
  const at = `questions[${index}]`;
  const problemsBefore = found.problems.length;
  const fail = (field: string, message: string) => found.error(line, `${at}.${field}: ${message}`);
  const type = inferType(q);
  const choices = (q.choices ?? []).map(lineText).filter(Boolean);
  // An open question's accepted entries are further model answers: keep their paragraphs and lists.
  let accepted = (q.accepted ?? []).map((a) => (type === 'open' ? blockText(a.trim().split('\n')) : lineText(a))).filter(Boolean);

  if (type === 'open' && !q.answer?.trim()) fail('answer', 'required for an open question');
  if (type === 'short' && accepted.length === 0) fail('accepted', 'a short question needs at least one accepted answer');
  if (type === 'choice') {
    if (choices.length < 2) fail('choices', 'a choice question needs at least 2 choices');
    else if (q.correct === undefined) fail('correct', 'required for a choice question (index, letter or text of the right choice)');
    else accepted = correctChoices(choices, q.correct, (m) => fail('correct', m));
  }
  if (found.problems.length > problemsBefore) return undefined;

  // A short question shows its main answer; a choice question every right option.
  const answer = q.answer?.trim() ? blockText(q.answer.split('\n')) : type === 'short' ? (accepted[0] ?? '') : accepted.join(', ');
  const keyPoints: KeyPoint[] = (q.keyPoints ?? [])
    .map((k) => (typeof k === 'string' ? { label: lineText(k), aliases: [] } : { label: lineText(k.label), aliases: (k.aliases ?? []).map(lineText).filter(Boolean) }))
    .filter((k) => k.label !== '');
  return question({
    number: q.number ?? index + 1,
    type,
    prompt: lineText(q.prompt),
    answer,
    accepted,
    choices,
    keyPoints,
    tags: (q.tags ?? []).map((t) => t.trim()).filter(Boolean),
    line,
  });
}
