import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DeckFormat, KeyPoint, Question } from '../core/deck.ts';
import { createGrader } from '../core/grading/createGrader.ts';
import { addKeyPointsToMarkdown, keyPointText } from '../decks/addKeyPointsToMarkdown.ts';
import { formatFromFileName } from '../decks/deckFileName.ts';
import { firstWords } from '../decks/deckSummary.ts';
import { loadDeckFile } from '../decks/loadDeckFile.ts';
import { located } from './located.ts';
import { writeAtomically } from './writeAtomically.ts';
import { plural } from './plural.ts';

interface ShownPoint extends KeyPoint {
  /** The deck states it; otherwise the grader derived it from the model answer. */
  stated: boolean;
}

/** What the grading port gives per point: a label today, maybe a label with aliases later. */
type PortPoint = string | { label: string; aliases?: readonly string[] };

/** The rubric the grader uses for an open question, each point marked stated or derived. */
export function rubricOf(question: Question, keyPoints: (q: Question) => readonly PortPoint[]): ShownPoint[] {
  const stated = new Map(question.keyPoints.map((k) => [k.label, k]));
  return keyPoints(question).map((p) => {
    const label = typeof p === 'string' ? p : p.label;
    const own = stated.get(label);
    const aliases = typeof p === 'string' || !p.aliases ? (own?.aliases ?? []) : [...p.aliases];
    return { label, aliases, stated: own !== undefined };
  });
}

const notMarkdown: Record<Exclude<DeckFormat, 'markdown'>, string> = {
  yaml: 'this is a YAML deck; list the points under each question\'s "keyPoints" yourself',
  json: 'this is a JSON deck; list the points in each question\'s "keyPoints" yourself',
  csv: 'CSV decks have no place for key points; convert the deck to Markdown first',
};


/**
 * `quizbot deck rubric DECK [--write]`: prints each open question's key points
 * as the grader uses them. With `write`, adds the derived ones to a Markdown
 * deck as `Key points:` blocks, for questions that state none. Returns 0, or
 * 1 with a one-line message on `err`.
 */
export function deckRubric(file: string, o: { write: boolean }, out: (line: string) => void, err: (line: string) => void): 0 | 1 {
  const format = formatFromFileName(file);
  if (o.write && format && format !== 'markdown') {
    err(`${file}: --write adds "Key points:" blocks to Markdown decks (.md, .txt) only; ${notMarkdown[format]}.`);
    return 1;
  }
  const loaded = loadDeckFile(file);
  if (!loaded.ok) {
    const [first, ...more] = loaded.problems;
    const rest = more.length > 0 ? ` (and ${plural(more.length, 'more problem')}; "quizbot deck check ${file}" lists them all)` : '';
    err(`${first ? located(file, first.line, first.message) : file}${rest}`);
    return 1;
  }
  const grader = createGrader();
  const keyPoints = (q: Question) => grader.keyPoints?.(q) ?? q.keyPoints.map((k) => k.label);
  const open = loaded.deck.questions.filter((q) => q.type === 'open');
  if (open.length === 0) {
    out(`${file} has no open questions; only those are graded by key points.`);
    return 0;
  }

  out(loaded.deck.title);
  const derived = new Map<number, KeyPoint[]>();
  for (const q of open) {
    const points = rubricOf(q, keyPoints);
    out(`${String(q.number).padStart(3)}. ${firstWords(q.prompt, 12)}`);
    if (points.length === 0) out('       (none: the grader found no key point in the model answer)');
    for (const p of points) out(`       ${p.stated ? 'stated ' : 'derived'}  ${keyPointText(p)}`);
    if (q.keyPoints.length === 0 && points.length > 0) derived.set(q.number, points.map(({ label, aliases }) => ({ label, aliases })));
  }
  if (!o.write) return 0;

  if (derived.size === 0) {
    out(`Nothing to add: every open question of ${file} states its key points or has none to derive.`);
    return 0;
  }
  try {
    const target = realpathSync(file);
    const added = addKeyPointsToMarkdown(readFileSync(target, 'utf8'), derived);
    if (!added.ok) {
      err(`${file}: could not add key points to question ${added.question} without changing how the deck reads; nothing was written.`);
      return 1;
    }
    writeAtomically(target, added.text);
  } catch (e) {
    err(`${file}: could not write the deck (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed.`);
    return 1;
  }
  out(`Added key points to ${plural(derived.size, 'question')} of ${file}; edit them to taste.`);
  return 0;
}

