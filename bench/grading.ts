import { loadConfig } from '../src/config.ts';
import type { Question } from '../src/core/deck.ts';
import { createGrader } from '../src/core/grading/createGrader.ts';
import { applyDecisions, type Decision } from '../src/core/grading/decisions.ts';
import { loadDeckDir } from '../src/decks/loadDeckDir.ts';
import { longAnswer, sampleAnswers } from './sampleAnswers.ts';
import { nowMs, summary } from './stats.ts';

const N = 1_000;

/** The shipped grader on answers of about 1,000 characters, across the default deck's questions. */
export async function benchGrading(): Promise<Array<Record<string, unknown>>> {
  const config = loadConfig({});
  const deck = loadDeckDir(config.DECKS_DIR).decks.get(config.DEFAULT_DECK)!;
  const grader = createGrader();
  const answers = Array.from({ length: N }, (_, i) => longAnswer(1_000, i));
  // Warm-up: the grader builds and caches each question's rubric on first use.
  for (const q of deck.questions) grader.grade(q, answers[0]!);
  const pass = (): number[] => {
    const lat: number[] = [];
    for (let i = 0; i < N; i++) {
      const q = deck.questions[i % deck.questions.length]!;
      const a = nowMs();
      grader.grade(q, answers[i]!);
      lat.push(nowMs() - a);
    }
    return lat;
  };
  // The first pass meets most words for the first time (lemmas, synonyms and typos are then
  // remembered); the second is a bot that has been running a while.
  const cold = pass();
  const warm = pass();
  return [
    { name: 'grading', answer_chars: 1_000, latency_ms: summary(cold), latency_ms_warm: summary(warm), unit: 'ms', note: 'target p99 <= 2 ms' },
    benchDecisions(deck.questions),
  ];
}

const DECISIONS = 300;

/** Chat-length answers, each a different cut of the samples, so no two decided answers are the same text. */
function chatAnswer(i: number): string {
  const words = `${sampleAnswers[i % sampleAnswers.length]} ${sampleAnswers[(i * 7 + 3) % sampleAnswers.length]}`.split(' ');
  const from = i % 5;
  return words.slice(from, from + 8 + (i % 23)).join(' ');
}

/** Grading a chat-length answer and applying 300 reviewers' decisions on its question (the first pass reads each decided answer once). */
function benchDecisions(questions: readonly Question[]): Record<string, unknown> {
  const grader = createGrader();
  const decisions: Decision[] = Array.from({ length: DECISIONS }, (_, i) => ({ answer: chatAnswer(i), label: ([1, 0.5, 0] as const)[i % 3] as Decision['label'] }));
  const pass = (): number[] => {
    const lat: number[] = [];
    for (let i = 0; i < N; i++) {
      const q = questions[i % questions.length]!;
      const answer = chatAnswer(i + DECISIONS);
      const a = nowMs();
      applyDecisions(q, answer, grader.grade(q, answer), decisions);
      lat.push(nowMs() - a);
    }
    return lat;
  };
  const cold = pass();
  const warm = pass();
  return { name: 'grading with decisions', decisions_per_question: DECISIONS, latency_ms: summary(cold), latency_ms_warm: summary(warm), unit: 'ms' };
}
