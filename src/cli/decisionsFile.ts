import { readFileSync } from 'node:fs';
import type { Question } from '../core/deck.ts';
import type { Decision } from '../core/grading/decisions.ts';

const SHAPE = '{"question": N, "answer": "...", "label": 1, 0.5 or 0}';

export type ReadDecisions = { ok: true; byQuestion: Map<number, Decision[]> } | { ok: false; problems: string[] };

/**
 * Labelled decisions for `quizbot grade --decisions FILE`: JSON lines `{"question": N,
 * "answer": "...", "label": 1|0.5|0}`, blank lines skipped. Every malformed line is a
 * problem `FILE:LINE: ...`; decisions for a question the deck lacks are problems too.
 */
export function readDecisions(path: string, byNumber: ReadonlyMap<number, Question>): ReadDecisions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, problems: [`${path}: cannot read the decisions (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`] };
  }
  const byQuestion = new Map<number, Decision[]>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const read = decisionOf(line, byNumber);
    if (typeof read === 'string') problems.push(`${path}:${i + 1}: ${read}`);
    else byQuestion.set(read.question, [...(byQuestion.get(read.question) ?? []), read.decision]);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, byQuestion };
}

/** One line's decision, or what is wrong with it. */
function decisionOf(line: string, byNumber: ReadonlyMap<number, Question>): { question: number; decision: Decision } | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return `not valid JSON; expected ${SHAPE}`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `expected an object ${SHAPE}`;
  const { question, answer, label } = data as { question?: unknown; answer?: unknown; label?: unknown };
  if (typeof question !== 'number' || !Number.isInteger(question)) return '"question" must be a question number';
  if (typeof answer !== 'string') return '"answer" must be text';
  if (label !== 1 && label !== 0.5 && label !== 0) return '"label" must be 1 (correct), 0.5 (partial) or 0 (incorrect)';
  if (!byNumber.has(question)) return `the deck has no question ${question}`;
  return { question, decision: { answer, label } };
}
