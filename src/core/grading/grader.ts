import type { Question } from '../deck.ts';

export type Verdict = 'correct' | 'partial' | 'incorrect';

export interface Grade {
  /** In [0, 1]; partial credit is the share of key points matched. */
  score: number;
  verdict: Verdict;
  /** Labels of the key points found in the answer. */
  matched: string[];
  /** Labels of the key points not found (revealed only when the question closes). */
  missed: string[];
  /** One line that explains the grade without giving the model answer away. */
  feedback: string;
  /** Why the answer earned nothing, when a rule rather than missing content decided it. */
  reason?: GradeReason;
}

/** Identifiers for rules that zero an answer; adapters may word them their own way. */
export type GradeReason =
  | 'empty'
  | 'idk'
  | 'injection'
  | 'copy'
  | 'keyword-dump'
  | 'contradiction'
  | 'both-verdicts'
  | 'off-topic';

/** The grading port: pure, synchronous, deterministic and offline. */
export interface Grader {
  grade(question: Question, answer: string): Grade;
  /** The labels of the rubric used for a question, shown at the reveal. */
  keyPoints?(question: Question): string[];
}
