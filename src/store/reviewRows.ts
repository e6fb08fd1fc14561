import type { Verdict } from '../core/grading/grader.ts';
import type { Text } from '../core/text.ts';
import { readList, readText, toJson } from './jsonColumns.ts';
import type { RoundRow } from './rows.ts';
import type { Statements } from './statements.ts';

/** Why an answer was reviewed: the member appealed, the grade was provisional, or a reviewer overrode it unasked. */
export type DecisionSource = 'appeal' | 'provisional' | 'override';

export interface Appeal {
  answerId: number;
  /** The member's words, as typed. */
  reason: string;
  createdAt: number;
  status: 'pending' | 'decided';
}

/** A member of a workspace as a review shows them. */
export interface MemberRef {
  /** The users row. */
  id: number;
  /** The platform's user id. */
  externalId: string;
  name: string;
}

/** A stored answer with what reviewing it needs: its grade, round, member and appeal. */
export interface ReviewedAnswer {
  id: number;
  text: string;
  score: number;
  verdict: Verdict;
  points: number;
  matched: string[];
  missed: string[];
  contradicted: string[];
  feedback: Text;
  /** The grader's confidence; null for legacy grades. */
  confidence: number | null;
  /** The grade waits for a reviewer because the grader was unsure. */
  provisional: boolean;
  answeredAt: number;
  round: Pick<RoundRow, 'id' | 'workspace_id' | 'kind' | 'deck' | 'question' | 'opened_at' | 'closes_at' | 'closed_at' | 'schedule_id' | 'seq'>;
  member: MemberRef & { locale: string | null };
  appeal?: Appeal;
}

/** A grade as a decision records it, before and after. */
export interface GradeSnapshot {
  score: number;
  verdict: Verdict;
  points: number;
}

/** One entry of the audit log. */
export interface Decision {
  id: number;
  workspaceId: number;
  answerId: number;
  deck: string;
  question: number;
  reviewer: MemberRef;
  /** Whose answer it was. */
  member: MemberRef;
  decidedAt: number;
  source: DecisionSource;
  before: GradeSnapshot;
  after: GradeSnapshot;
  /** The reviewer's note, as typed ('' for none). */
  note: string;
}

/** A decision to record: the answer's new grade and the log entry, written together. */
export interface NewDecision {
  workspaceId: number;
  answer: Pick<ReviewedAnswer, 'id' | 'round'>;
  reviewerId: number;
  decidedAt: number;
  source: DecisionSource;
  before: GradeSnapshot;
  after: GradeSnapshot;
  /** What the member reads as the grade's feedback from now on. */
  feedback: Text;
  note: string;
}

/** A decided answer as a labelled example for the grader. */
export interface DecidedAnswer {
  answer: string;
  verdict: Verdict;
}

/** An item of the review queue: the answer, and since when it waits (the appeal, or the provisional grade). */
export interface PendingItem {
  answerId: number;
  since: number;
}

interface StoredReviewed {
  id: number;
  text: string;
  score: number;
  verdict: string;
  points: number;
  matched: string;
  missed: string;
  contradicted: string;
  feedback: string;
  confidence: number | null;
  provisional: number;
  answered_at: number;
  round_id: number;
  workspace_id: number;
  kind: RoundRow['kind'];
  deck: string;
  question: number;
  opened_at: number;
  closes_at: number | null;
  closed_at: number | null;
  schedule_id: number | null;
  seq: number | null;
  user_id: number;
  user_external_id: string;
  user_name: string;
  user_locale: string | null;
  appeal_reason: string | null;
  appeal_created_at: number | null;
  appeal_status: 'pending' | 'decided' | null;
}

interface StoredDecision {
  id: number;
  workspace_id: number;
  answer_id: number;
  deck: string;
  question: number;
  reviewer_id: number;
  reviewer_external_id: string;
  reviewer_name: string;
  member_id: number;
  member_external_id: string;
  member_name: string;
  decided_at: number;
  source: DecisionSource;
  old_score: number;
  old_verdict: string;
  old_points: number;
  new_score: number;
  new_verdict: string;
  new_points: number;
  note: string;
}

const REVIEWED_SQL = `SELECT a.id, a.text, a.score, a.verdict, a.points, a.matched, a.missed, a.contradicted, a.feedback, a.confidence, a.provisional, a.answered_at,
    r.id AS round_id, r.workspace_id, r.kind, r.deck, r.question, r.opened_at, r.closes_at, r.closed_at, r.schedule_id, r.seq,
    u.id AS user_id, u.external_id AS user_external_id, u.name AS user_name, u.locale AS user_locale,
    p.reason AS appeal_reason, p.created_at AS appeal_created_at, p.status AS appeal_status
  FROM answers a JOIN rounds r ON r.id = a.round_id JOIN users u ON u.id = a.user_id LEFT JOIN appeals p ON p.answer_id = a.id
  WHERE a.id = ?`;

const DECISION_SQL = `SELECT d.id, d.workspace_id, d.answer_id, d.deck, d.question, d.decided_at, d.source, d.note,
    d.old_score, d.old_verdict, d.old_points, d.new_score, d.new_verdict, d.new_points,
    v.id AS reviewer_id, v.external_id AS reviewer_external_id, v.name AS reviewer_name,
    m.id AS member_id, m.external_id AS member_external_id, m.name AS member_name
  FROM decisions d JOIN users v ON v.id = d.reviewer_id JOIN answers a ON a.id = d.answer_id JOIN users m ON m.id = a.user_id`;

/** The queue of one workspace: pending appeals, and provisional grades nobody appealed, each with since when it waits. */
const PENDING_SQL = `SELECT a.id AS answerId, p.created_at AS since FROM appeals p JOIN answers a ON a.id = p.answer_id JOIN rounds r ON r.id = a.round_id
    WHERE p.status = 'pending' AND r.workspace_id = @ws
  UNION ALL
  SELECT a.id AS answerId, a.answered_at AS since FROM answers a JOIN rounds r ON r.id = a.round_id
    WHERE a.provisional = 1 AND r.workspace_id = @ws AND NOT EXISTS (SELECT 1 FROM appeals p WHERE p.answer_id = a.id)`;

/** The latest decision on each answer is the one that stands. */
const STANDING = 'd.id = (SELECT MAX(d2.id) FROM decisions d2 WHERE d2.answer_id = d.answer_id)';

const readReviewed = (r: StoredReviewed): ReviewedAnswer => ({
  id: r.id,
  text: r.text,
  score: r.score,
  verdict: r.verdict as Verdict,
  points: r.points,
  matched: readList(r.matched),
  missed: readList(r.missed),
  contradicted: readList(r.contradicted),
  feedback: readText(r.feedback),
  confidence: r.confidence,
  provisional: r.provisional === 1,
  answeredAt: r.answered_at,
  round: {
    id: r.round_id,
    workspace_id: r.workspace_id,
    kind: r.kind,
    deck: r.deck,
    question: r.question,
    opened_at: r.opened_at,
    closes_at: r.closes_at,
    closed_at: r.closed_at,
    schedule_id: r.schedule_id,
    seq: r.seq,
  },
  member: { id: r.user_id, externalId: r.user_external_id, name: r.user_name, locale: r.user_locale },
  ...(r.appeal_status !== null ? { appeal: { answerId: r.id, reason: r.appeal_reason ?? '', createdAt: r.appeal_created_at ?? 0, status: r.appeal_status } } : {}),
});

const readDecision = (r: StoredDecision): Decision => ({
  id: r.id,
  workspaceId: r.workspace_id,
  answerId: r.answer_id,
  deck: r.deck,
  question: r.question,
  reviewer: { id: r.reviewer_id, externalId: r.reviewer_external_id, name: r.reviewer_name },
  member: { id: r.member_id, externalId: r.member_external_id, name: r.member_name },
  decidedAt: r.decided_at,
  source: r.source,
  before: { score: r.old_score, verdict: r.old_verdict as Verdict, points: r.old_points },
  after: { score: r.new_score, verdict: r.new_verdict as Verdict, points: r.new_points },
  note: r.note,
});

/**
 * Appeals, the review queue and reviewers' decisions. Writing a decision changes
 * the answer's grade and appends to the audit log; the caller puts it in one
 * transaction with the score changes it brings (see engine/reviews.ts).
 */
export class ReviewRows {
  constructor(private readonly sql: Statements) {}

  /** An answer as a reviewer or its member sees it; undefined when there is none. */
  answer(answerId: number): ReviewedAnswer | undefined {
    const row = this.sql.get(REVIEWED_SQL).get(answerId) as StoredReviewed | undefined;
    return row && readReviewed(row);
  }

  /*
   * A member's answers are found from the rounds (far fewer than answers) through the
   * (round, member) key: an index of answers by member would cost every answer a write.
   */

  /** The id of a member's answer in the latest round they answered in their workspace, if any. */
  latestAnswerOf(workspaceId: number, userId: number): number | undefined {
    return this.sql
      .get('SELECT a.id FROM rounds r CROSS JOIN answers a ON a.round_id = r.id AND a.user_id = ? WHERE r.workspace_id = ? ORDER BY r.id DESC LIMIT 1')
      .pluck()
      .get(userId, workspaceId) as number | undefined;
  }

  /** The id of a member's answer in the latest round of one question of a deck they answered, if any. */
  latestAnswerTo(workspaceId: number, userId: number, deck: string, question: number): number | undefined {
    return this.sql
      .get('SELECT a.id FROM rounds r CROSS JOIN answers a ON a.round_id = r.id AND a.user_id = ? WHERE r.workspace_id = ? AND r.deck = ? AND r.question = ? ORDER BY r.id DESC LIMIT 1')
      .pluck()
      .get(userId, workspaceId, deck, question) as number | undefined;
  }

  /** Records an appeal; false when the answer already has one. */
  insertAppeal(answerId: number, reason: string, at: number): boolean {
    return this.sql.get("INSERT INTO appeals (answer_id, reason, created_at, status) VALUES (?, ?, ?, 'pending') ON CONFLICT DO NOTHING").run(answerId, reason, at).changes > 0;
  }

  /** One page of a workspace's queue, oldest first. */
  pending(workspaceId: number, limit: number, offset: number): PendingItem[] {
    return this.sql.get(`${PENDING_SQL} ORDER BY since, answerId LIMIT @limit OFFSET @offset`).all({ ws: workspaceId, limit, offset }) as PendingItem[];
  }

  pendingCount(workspaceId: number): number {
    return this.sql.get(`SELECT COUNT(*) FROM (${PENDING_SQL})`).pluck().get({ ws: workspaceId }) as number;
  }

  /** The decision that stands on an answer (the latest), if any. */
  lastDecision(answerId: number): Decision | undefined {
    const row = this.sql.get(`${DECISION_SQL} WHERE d.answer_id = ? ORDER BY d.id DESC LIMIT 1`).get(answerId) as StoredDecision | undefined;
    return row && readDecision(row);
  }

  /**
   * Writes the answer's new grade (no longer provisional), closes its appeal and
   * appends the decision to the log; returns the decision's id. A second
   * appeal or provisional decision on one answer breaks `decisions_once`.
   */
  recordDecision(d: NewDecision): number {
    this.sql
      .get('UPDATE answers SET score = ?, verdict = ?, points = ?, feedback = ?, provisional = 0 WHERE id = ?')
      .run(d.after.score, d.after.verdict, d.after.points, toJson(d.feedback), d.answer.id);
    this.sql.get("UPDATE appeals SET status = 'decided' WHERE answer_id = ?").run(d.answer.id);
    const info = this.sql
      .get(
        `INSERT INTO decisions (workspace_id, answer_id, deck, question, reviewer_id, decided_at, source,
           old_score, old_verdict, old_points, new_score, new_verdict, new_points, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        d.workspaceId, d.answer.id, d.answer.round.deck, d.answer.round.question, d.reviewerId, d.decidedAt, d.source,
        d.before.score, d.before.verdict, d.before.points, d.after.score, d.after.verdict, d.after.points, d.note,
      );
    return Number(info.lastInsertRowid);
  }

  decision(id: number): Decision | undefined {
    const row = this.sql.get(`${DECISION_SQL} WHERE d.id = ?`).get(id) as StoredDecision | undefined;
    return row && readDecision(row);
  }

  /** One page of a workspace's audit log, newest first. */
  log(workspaceId: number, limit: number, offset: number): Decision[] {
    return (this.sql.get(`${DECISION_SQL} WHERE d.workspace_id = ? ORDER BY d.id DESC LIMIT ? OFFSET ?`).all(workspaceId, limit, offset) as StoredDecision[]).map(readDecision);
  }

  logCount(workspaceId: number): number {
    return this.sql.get('SELECT COUNT(*) FROM decisions WHERE workspace_id = ?').pluck().get(workspaceId) as number;
  }

  /** The answers to one question that reviewers decided, each with the verdict that stands, oldest decision first. */
  decidedAnswers(workspaceId: number, deck: string, question: number): DecidedAnswer[] {
    return this.sql
      .get(
        `SELECT a.text AS answer, d.new_verdict AS verdict FROM decisions d JOIN answers a ON a.id = d.answer_id
         WHERE d.workspace_id = ? AND d.deck = ? AND d.question = ? AND ${STANDING} ORDER BY d.id`,
      )
      .all(workspaceId, deck, question) as DecidedAnswer[];
  }

  /**
   * Answers to a deck's questions that reviewers accepted as correct (the decision
   * that stands), by question and then oldest first; only in these workspaces when given.
   */
  acceptedAnswers(deck: string, workspaceIds?: readonly number[]): { question: number; answer: string }[] {
    const rows = this.sql
      .get(
        `SELECT d.question, a.text AS answer, d.workspace_id FROM decisions d JOIN answers a ON a.id = d.answer_id
         WHERE d.deck = ? AND d.new_verdict = 'correct' AND ${STANDING} ORDER BY d.question, d.id`,
      )
      .all(deck) as { question: number; answer: string; workspace_id: number }[];
    const only = workspaceIds && new Set(workspaceIds);
    return rows.filter((r) => !only || only.has(r.workspace_id)).map(({ question, answer }) => ({ question, answer }));
  }
}
