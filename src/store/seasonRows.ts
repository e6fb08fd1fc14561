import type { RankedRow } from './rows.ts';
import type { Statements } from './statements.ts';

export interface SeasonRow {
  id: number;
  workspace_id: number;
  number: number;
  name: string | null;
  started_at: number;
  ends_at: number | null;
  ended_at: number | null;
  announced_at: number | null;
  /** Claimed by the one process that moves the reward role. */
  rewarded_at: number | null;
  /** What came of moving the reward role (JSON, see `RewardOutcome`). */
  reward_outcome: string | null;
  /** Failed posts of the final board so far; the next is not tried before `announce_after`. */
  announce_attempts: number;
  announce_after: number | null;
  /** The last failure to post the final board (JSON DeliveryFailure), for the admin. */
  announce_error: string | null;
}

/** An ended season whose final board is not yet claimed, with where its workspace lives. */
export interface UnannouncedSeason extends SeasonRow {
  ended_at: number;
  platform: string;
  workspace_external_id: string;
}

/**
 * Seasons (`/season start`, `/season end`). A season's board is summed from the answers
 * within it when read: the answer path stays as it is.
 */
export class SeasonRows {
  constructor(private readonly sql: Statements) {}

  running(workspaceId: number): SeasonRow | undefined {
    return this.sql.get('SELECT * FROM seasons WHERE workspace_id = ? AND ended_at IS NULL').get(workspaceId) as SeasonRow | undefined;
  }

  latest(workspaceId: number): SeasonRow | undefined {
    return this.sql.get('SELECT * FROM seasons WHERE workspace_id = ? ORDER BY started_at DESC, id DESC LIMIT 1').get(workspaceId) as SeasonRow | undefined;
  }

  byId(id: number): SeasonRow | undefined {
    return this.sql.get('SELECT * FROM seasons WHERE id = ?').get(id) as SeasonRow | undefined;
  }

  start(s: { workspaceId: number; name: string | null; startedAt: number; endsAt: number | null }): SeasonRow {
    const id = this.sql
      .get(
        `INSERT INTO seasons (workspace_id, number, name, started_at, ends_at)
         VALUES (@workspaceId, (SELECT COUNT(*) + 1 FROM seasons WHERE workspace_id = @workspaceId), @name, @startedAt, @endsAt)`,
      )
      .run(s).lastInsertRowid;
    return this.byId(Number(id))!;
  }

  /** Ends the running season at `at`; false when none was running. */
  end(id: number, at: number): boolean {
    return this.sql.get('UPDATE seasons SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(at, id).changes === 1;
  }

  /** Ends every season whose end has come, at its own end. */
  endDue(now: number): number {
    return this.sql.get('UPDATE seasons SET ended_at = ends_at WHERE ended_at IS NULL AND ends_at IS NOT NULL AND ends_at <= ?').run(now).changes;
  }

  /** Ended seasons of live workspaces whose final board nobody has claimed, and whose retry (if any) is due. */
  unannounced(now: number, limit: number): UnannouncedSeason[] {
    return this.sql
      .get(
        `SELECT s.*, w.platform, w.external_id AS workspace_external_id FROM seasons s JOIN workspaces w ON w.id = s.workspace_id
          WHERE s.ended_at IS NOT NULL AND s.announced_at IS NULL AND (s.announce_after IS NULL OR s.announce_after <= ?) AND w.removed_at IS NULL
          ORDER BY s.ended_at LIMIT ?`,
      )
      .all(now, limit) as UnannouncedSeason[];
  }

  /** Claims posting a season's final board; true for the one caller that gets it (not before a retry is due). */
  claimAnnouncement(id: number, now: number): boolean {
    return (
      this.sql.get('UPDATE seasons SET announced_at = ? WHERE id = ? AND announced_at IS NULL AND (announce_after IS NULL OR announce_after <= ?)').run(now, id, now)
        .changes === 1
    );
  }

  /** The final board was posted: no failure is left to tell. */
  announced(id: number): void {
    this.sql.get('UPDATE seasons SET announce_error = NULL WHERE id = ?').run(id);
  }

  /**
   * Posting the final board failed: with `retryAt` the claim is released so a tick
   * (in any process) tries again then; without, it stays claimed (given up). Either
   * way the failure is kept for the admin. Returns the failed attempts so far.
   */
  announceFailed(id: number, error: string, retryAt: number | undefined): number {
    this.sql
      .get('UPDATE seasons SET announce_attempts = announce_attempts + 1, announce_error = ?, announce_after = ?, announced_at = CASE WHEN ? IS NULL THEN announced_at ELSE NULL END WHERE id = ?')
      .run(error, retryAt ?? null, retryAt ?? null, id);
    return this.byId(id)?.announce_attempts ?? 0;
  }

  /** The workspace's latest season whose final board could not be posted, if any. */
  failedAnnouncement(workspaceId: number): SeasonRow | undefined {
    return this.sql.get('SELECT * FROM seasons WHERE workspace_id = ? AND announce_error IS NOT NULL ORDER BY ended_at DESC LIMIT 1').get(workspaceId) as SeasonRow | undefined;
  }

  /** Claims moving a season's reward role; true for the one caller that gets it. */
  claimReward(id: number, now: number): boolean {
    return this.sql.get('UPDATE seasons SET rewarded_at = ? WHERE id = ? AND rewarded_at IS NULL').run(now, id).changes === 1;
  }

  saveRewardOutcome(id: number, outcome: string): void {
    this.sql.get('UPDATE seasons SET reward_outcome = ? WHERE id = ?').run(outcome, id);
  }

  private static readonly totals = `SELECT a.user_id, SUM(a.points) AS points, COUNT(*) AS answers
      FROM answers a JOIN rounds r ON r.id = a.round_id
     WHERE r.workspace_id = @ws AND r.kind <> 'practice' AND a.answered_at >= @from AND a.answered_at < @to AND (@deck = '*' OR r.deck = @deck)
     GROUP BY a.user_id`;

  /** The top of the board of answers in [from, to); `deck` '*' means every deck. */
  top(workspaceId: number, from: number, to: number, deck: string, limit: number): RankedRow[] {
    return this.sql
      .get(`SELECT t.user_id, u.name, t.points, t.answers FROM (${SeasonRows.totals}) t JOIN users u ON u.id = t.user_id ORDER BY t.points DESC, t.user_id LIMIT @limit`)
      .all({ ws: workspaceId, from, to, deck, limit }) as RankedRow[];
  }

  /** The board of answers in [from, to) in one reading: its top `limit`, and the member's points and rank (one plus the members with more points). */
  board(workspaceId: number, from: number, to: number, deck: string, limit: number, userId: number): { top: RankedRow[]; mine: { points: number; answers: number; rank: number } | undefined } {
    const all = this.sql
      .get(`SELECT t.user_id, u.name, t.points, t.answers FROM (${SeasonRows.totals}) t JOIN users u ON u.id = t.user_id ORDER BY t.points DESC, t.user_id`)
      .all({ ws: workspaceId, from, to, deck }) as RankedRow[];
    const me = all.find((r) => r.user_id === userId);
    const mine = me && { points: me.points, answers: me.answers, rank: all.findIndex((r) => r.points === me.points) + 1 };
    return { top: all.slice(0, limit), mine };
  }
}
