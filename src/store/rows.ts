/** Row shapes as stored; the engine maps them to replies. */

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
  matched: string;
  missed: string;
  feedback: string;
  points: number;
  answered_at: number;
}

export interface ScheduleRow {
  id: number;
  workspace_id: number;
  channel_id: string;
  time: string;
  timezone: string;
  deck: string;
  paused: number;
  next_at: number;
  question_order: string;
  position: number;
  cycle: number;
  failures: number;
  last_error: string | null;
  last_posted_at: number | null;
  retry_at: number | null;
}

export interface SessionRow {
  id: number;
  workspace_id: number;
  channel_id: string;
  deck: string;
  started_by: number;
  question_order: string;
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
  body: string;
  imported_by: string;
  imported_at: number;
}

export interface RankedRow {
  user_id: number;
  name: string;
  points: number;
  answers: number;
}
