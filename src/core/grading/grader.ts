import type { Question } from '../deck.ts';
import type { Text } from '../text.ts';

export type Verdict = 'correct' | 'partial' | 'incorrect';

export interface Grade {
  /** In [0, 1]; partial credit is the share of key points matched. */
  score: number;
  verdict: Verdict;
  /** Labels of the key points found in the answer. */
  matched: string[];
  /** Labels of the key points not found (revealed only when the question closes). */
  missed: string[];
  /** One line that explains the grade without giving the model answer away, in the reader's language. */
  feedback: Text;
  /** Why the answer earned nothing, when a rule rather than missing content decided it. */
  reason?: GradeReason;
  /** Labels of the key points the answer states the opposite of; they earn nothing. */
  contradicted: string[];
  /** How sure the grader is of the verdict, in [0, 1]. */
  confidence: number;
  /** The grader that produced this grade (see graderVersion.ts); stored with it. */
  graderVersion: string;
}

/** A grade before the grader stamps its version; rules that are sure leave confidence out. */
export type GradeDraft = Omit<Grade, 'confidence' | 'graderVersion' | 'contradicted'> & Partial<Pick<Grade, 'confidence' | 'contradicted'>>;

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
