import { createInterface } from 'node:readline';
import type { Question } from '../core/deck.ts';
import { createGrader } from '../core/grading/createGrader.ts';
import { applyDecisions, type Decision } from '../core/grading/decisions.ts';
import { loadDeckFile } from '../decks/loadDeckFile.ts';
import { plainFormat } from '../i18n/plainFormat.ts';
import { renderText } from '../i18n/renderText.ts';
import { readDecisions } from './decisionsFile.ts';

const located = (file: string, line: number, message: string): string => (line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);

/**
 * `quizbot grade DECK`: reads JSON lines `{"question": N, "answer": "..."}` and
 * writes one JSON line per input line, in order: the grade (question, score,
 * verdict, matched, missed, feedback in English, confidence, graderVersion, contradicted), or
 * `{"error": "line 3: ..."}` for a line that cannot be graded. Blank lines are
 * skipped. With `decisions`, a file of labelled answers (JSON lines
 * `{"question": N, "answer": "...", "label": 1|0.5|0}`), each answer is graded as
 * the bot grades it once reviewers have decided those answers. Returns 0, or 1
 * (with the problems on `err`) when the deck or the decisions do not load.
 */
export async function runGrade(
  deckPath: string,
  input: NodeJS.ReadableStream,
  out: (line: string) => void,
  err: (line: string) => void = (s) => process.stderr.write(`${s}\n`),
  options: { decisions?: string } = {},
): Promise<number> {
  const loaded = loadDeckFile(deckPath);
  if (!loaded.ok) {
    for (const p of loaded.problems) err(located(deckPath, p.line, p.message));
    return 1;
  }
  const byNumber = new Map<number, Question>(loaded.deck.questions.map((q) => [q.number, q]));
  let decisions = new Map<number, Decision[]>();
  if (options.decisions !== undefined) {
    const read = readDecisions(options.decisions, byNumber);
    if (!read.ok) {
      for (const p of read.problems) err(p);
      return 1;
    }
    decisions = read.byQuestion;
  }
  const grader = createGrader();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    out(JSON.stringify(gradeLine(line, n, byNumber, grader, decisions)));
  }
  return 0;
}

type Output =
  | {
      question: number;
      score: number;
      verdict: string;
      matched: string[];
      missed: string[];
      feedback: string;
      confidence: number;
      graderVersion: string;
      contradicted: string[];
    }
  | { error: string };

function gradeLine(line: string, n: number, byNumber: Map<number, Question>, grader: ReturnType<typeof createGrader>, decisions: Map<number, Decision[]>): Output {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { error: `line ${n}: not valid JSON; expected {"question": N, "answer": "..."}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: `line ${n}: expected an object {"question": N, "answer": "..."}` };
  }
  const { question, answer } = data as { question?: unknown; answer?: unknown };
  if (typeof question !== 'number' || !Number.isInteger(question)) return { error: `line ${n}: "question" must be a question number` };
  if (typeof answer !== 'string') return { error: `line ${n}: "answer" must be text` };
  const q = byNumber.get(question);
  if (!q) return { error: `line ${n}: the deck has no question ${question}` };
  try {
    const g = applyDecisions(q, answer, grader.grade(q, answer), decisions.get(question) ?? []);
    return { question, score: g.score, verdict: g.verdict, matched: g.matched, missed: g.missed, feedback: renderText(g.feedback, 'en', plainFormat), confidence: g.confidence, graderVersion: g.graderVersion, contradicted: g.contradicted };
  } catch (e) {
    // A grader bug must not end the stream: report it on this line and go on.
    return { error: `line ${n}: could not grade (${(e as Error).message})` };
  }
}
