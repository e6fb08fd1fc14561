import type { Deck } from '../core/deck.ts';
import type { DeliveryFailure } from '../core/delivery.ts';
import type { Text } from '../core/text.ts';

/** Rows as the store returns them (JSON columns read into values); the engine maps them to replies. */

export interface WorkspaceRow {
  id: number;
  platform: string;
  external_id: string;
  active_deck: string | null;
  removed_at: number | null;
}

export interface UserRow {
  id: number;
  workspace_id: number;
  external_id: string;
  name: string;
  points: number;
  answers: number;
  score_sum: number;
  full_marks: number;
  streak: number;
  best_streak: number;
  streak_schedule_id: number | null;
  streak_seq: number | null;
  /** The member's language as their platform last reported it (one quizbot speaks), if ever. */
  locale: string | null;
}

export type RoundKind = 'daily' | 'quiz' | 'practice';
export type RoundState = 'claimed' | 'open' | 'closed' | 'failed';

export interface RoundRow {
  id: number;
  workspace_id: number;
  channel_id: string;
  kind: RoundKind;
  deck: string;
  question: number;
  opened_at: number;
  closes_at: number | null;
  closed_at: number | null;
  state: RoundState;
  message_id: string | null;
  schedule_id: number | null;
  local_date: string | null;
  seq: number | null;
  session_id: number | null;
  owner_id: number | null;
  attempts: number;
  retry_at: number | null;
  reveal_pending: number;
}

export interface AnswerRow {
  id: number;
  round_id: number;
  user_id: number;
  text: string;
  score: number;
  verdict: string;
  matched: string[];
  missed: string[];
  /** The grader's feedback; an English sentence for answers stored before messages had ids. */
  feedback: Text;
  points: number;
  answered_at: number;
  /** The grader's confidence in [0, 1]; NULL for legacy answers (graded before it was stored). */
  confidence: number | null;
  /** The grader version that gave the grade; NULL for legacy answers (see LEGACY_GRADER_VERSION). */
  grader_version: string | null;
  /** The key point labels the answer contradicted; none for legacy answers. */
  contradicted: string[];
  /** 1 while a low-confidence grade waits for a reviewer; 0 otherwise (and once decided). */
  provisional: number;
}

/** A row as SQLite holds it: the columns K still JSON text. */
export type Stored<Row, K extends keyof Row> = Omit<Row, K> & Record<K, string>;

/** An answer as SQLite holds it: lists and feedback as JSON text (legacy feedback: an English sentence). */
export type StoredAnswerRow = Stored<AnswerRow, 'matched' | 'missed' | 'feedback' | 'contradicted'>;

/** How a grade stored before grader versions were recorded (grader_version NULL) names its grader. */
export const LEGACY_GRADER_VERSION = 'legacy';

export interface ScheduleRow {
  id: number;
  workspace_id: number;
  channel_id: string;
  time: string;
  timezone: string;
  deck: string;
  paused: number;
  next_at: number;
  /** The deck's question numbers in the order this schedule posts them. */
  question_order: number[];
  position: number;
  cycle: number;
  failures: number;
  /** Why the last post failed; a row written before reasons were recorded reads as reason 'other'. */
  last_error: DeliveryFailure | null;
  last_posted_at: number | null;
  retry_at: number | null;
}

export interface SessionRow {
  id: number;
  workspace_id: number;
  channel_id: string;
  deck: string;
  started_by: number;
  /** The question numbers this quiz asks, in order. */
  question_order: number[];
  seconds: number;
  position: number;
  running: number;
  started_at: number;
}

export interface DeckRow {
  id: number;
  workspace_id: number;
  name: string;
  title: string;
  deck: Deck;
  imported_by: string;
  imported_at: number;
}

/** An imported deck without its questions, for listings. */
export type DeckInfo = Omit<DeckRow, 'deck'>;

export interface RankedRow {
  user_id: number;
  name: string;
  points: number;
  answers: number;
}

/** The grade columns an answer is written with, on its first grading and on a regrade. */
export interface GradeColumns {
  score: number;
  verdict: string;
  matched: string[];
  missed: string[];
  feedback: Text;
  points: number;
  contradicted: string[];
  confidence: number;
  graderVersion: string;
}
