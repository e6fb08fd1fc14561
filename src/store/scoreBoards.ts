import type { Db } from './openDb.ts';
import type { RankedRow, UserRow } from './rows.ts';
import type { Statements } from './statements.ts';
import { watermarkFold } from './watermarkFold.ts';

/**
 * Running totals per member, period (all time, UTC day, week, month) and deck
 * or all decks, with a count of members per points value for ranks.
 */
export class ScoreBoards {
  constructor(
    private readonly db: Db,
    private readonly sql: Statements,
  ) {
    // Per connection scratch space for folding answers into the boards.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS score_delta (user_id INTEGER, period TEXT, deck TEXT, workspace_id INTEGER, points INTEGER, answers INTEGER)');
  }

  /**
   * Adds the answers stored since the last fold to the period boards, in one
   * grouped statement. Keeping this off the answer path keeps each answer's
   * commit as small as a bare insert and update; the watermark moves in the
   * same transaction, so every answer is counted exactly once.
   */
  fold(): number {
    this.foldTx ??= this.makeFold();
    return this.foldTx();
  }

  private foldTx?: () => number;

  /** Adds (+) or removes (-) the members touched by the pending fold at their current points. */
  private histSql(sign: '+' | '-'): string {
    return `INSERT INTO score_hist (workspace_id, period, deck, points, members)
      SELECT s.workspace_id, s.period, s.deck, s.points, ${sign}COUNT(*) FROM temp.score_delta d
      JOIN score_periods s ON s.user_id = d.user_id AND s.period = d.period AND s.deck = d.deck
      WHERE true GROUP BY s.workspace_id, s.period, s.deck, s.points
      ON CONFLICT DO UPDATE SET members = members + excluded.members`;
  }

  /**
   * Fills the scratch table with what `answers` (a subquery giving user_id, round_id,
   * points, counted (1 or 0) and answered_at) adds to each of its members' period rows:
   * every period (all time, day, week, month) on its deck's board and on every deck's.
   */
  private deltaSql(answers: string): string {
    return `INSERT INTO temp.score_delta (user_id, period, deck, workspace_id, points, answers)
      SELECT user_id, period, board, workspace_id, SUM(points), SUM(counted) FROM (
        SELECT a.user_id, r.workspace_id, a.points, a.counted,
          CASE p.kind WHEN 'all' THEN 'all' WHEN 'd' THEN 'd:' || day
            WHEN 'w' THEN 'w:' || date(day, 'weekday 0', '-6 days') ELSE 'm:' || substr(day, 1, 7) END AS period,
          CASE WHEN o.own THEN r.deck ELSE '*' END AS board
        FROM (SELECT *, date(answered_at / 1000, 'unixepoch') AS day FROM (${answers})) AS a
        JOIN rounds r ON r.id = a.round_id,
          (SELECT 'all' AS kind UNION ALL SELECT 'd' UNION ALL SELECT 'w' UNION ALL SELECT 'm') AS p,
          (SELECT 1 AS own UNION ALL SELECT 0) AS o
        WHERE r.kind <> 'practice'
      ) GROUP BY user_id, period, board`;
  }

  /** Adds the scratch table to the period rows, moving each member touched from their old points value to the new one. */
  private applyDelta(): void {
    this.sql.get(this.histSql('-')).run();
    this.sql.get(
      `INSERT INTO score_periods (user_id, period, deck, workspace_id, points, answers)
       SELECT user_id, period, deck, workspace_id, points, answers FROM temp.score_delta WHERE true
       ON CONFLICT (user_id, period, deck) DO UPDATE SET points = points + excluded.points, answers = answers + excluded.answers`,
    ).run();
    this.sql.get(this.histSql('+')).run();
    this.sql.get('DELETE FROM score_hist WHERE members = 0').run();
  }

  private makeFold(): () => number {
    return watermarkFold(this.db, this.sql, 'score_fold', (from, to) => {
      this.db.exec('DELETE FROM temp.score_delta');
      this.sql.get(this.deltaSql('SELECT user_id, round_id, points, 1 AS counted, answered_at FROM answers WHERE id > ? AND id <= ?')).run(from, to);
      this.applyDelta();
    });
  }

  /**
   * One stored answer's points changed by `delta` (a reviewer's decision): its period
   * rows and ranks follow at once when a fold already counted it; otherwise the next
   * fold reads its new points. Call inside the transaction that changes the answer.
   */
  adjust(answerId: number, delta: number): void {
    if (!delta) return;
    const through = this.sql.get('SELECT through FROM score_fold WHERE id = 1').pluck().get() as number;
    if (answerId > through) return;
    this.db.exec('DELETE FROM temp.score_delta');
    this.sql.get(this.deltaSql('SELECT user_id, round_id, ? AS points, 0 AS counted, answered_at FROM answers WHERE id = ?')).run(delta, answerId);
    this.applyDelta();
  }

  /** The top of a period's board; `deck` '*' means every deck. */
  top(workspaceId: number, period: string, deck: string, limit: number): RankedRow[] {
    return this.sql.get(
      `SELECT s.user_id, u.name, s.points, s.answers FROM score_periods s JOIN users u ON u.id = s.user_id
       WHERE s.workspace_id = ? AND s.period = ? AND s.deck = ? ORDER BY s.points DESC, s.user_id LIMIT ?`,
    ).all(workspaceId, period, deck, limit) as RankedRow[];
  }

  /** A member's points and rank in a period: one plus the members with more points. */
  standing(u: Pick<UserRow, 'id' | 'workspace_id'>, period: string, deck: string): { points: number; answers: number; rank: number } | undefined {
    const mine = this.sql.get('SELECT points, answers FROM score_periods WHERE user_id = ? AND period = ? AND deck = ?').get(u.id, period, deck) as
      | { points: number; answers: number }
      | undefined;
    if (!mine) return undefined;
    // Members with equal points share a rank, as on any scoreboard.
    const ahead = this.sql.get('SELECT COALESCE(SUM(members), 0) AS n FROM score_hist WHERE workspace_id = ? AND period = ? AND deck = ? AND points > ?').get(u.workspace_id, period, deck, mine.points) as { n: number };
    return { ...mine, rank: ahead.n + 1 };
  }

  /**
   * Recomputes every member's totals and period rows from the stored answers
   * (streaks excepted): a repair tool, and how bulk-loaded data gets its scores.
   */
  rebuild(): void {
    this.db.transaction(() => {
      // Building the rank index once after the rows are in is far faster than growing it row by row.
      const rankIndex = this.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'score_periods_rank'").pluck().get() as string;
      this.db.exec(`
        DROP INDEX score_periods_rank;
        DELETE FROM score_periods;
        UPDATE users SET points = 0, answers = 0, score_sum = 0, full_marks = 0;
        CREATE TEMP TABLE score_days AS
          SELECT a.user_id, r.workspace_id, r.deck, date(a.answered_at / 1000, 'unixepoch') AS day,
                 SUM(a.points) AS points, COUNT(*) AS answers, SUM(a.score) AS score_sum, SUM(a.verdict = 'correct') AS full_marks
          FROM answers a JOIN rounds r ON r.id = a.round_id WHERE r.kind <> 'practice'
          GROUP BY a.user_id, r.deck, day;
        UPDATE users SET points = t.points, answers = t.answers, score_sum = t.score_sum, full_marks = t.full_marks
          FROM (SELECT user_id, SUM(points) AS points, SUM(answers) AS answers, SUM(score_sum) AS score_sum, SUM(full_marks) AS full_marks
                FROM temp.score_days GROUP BY user_id) AS t
          WHERE users.id = t.user_id;
        INSERT INTO score_periods (user_id, period, deck, workspace_id, points, answers)
          SELECT user_id, period, board, workspace_id, SUM(points), SUM(answers) FROM (
            SELECT user_id, workspace_id, points, answers,
              CASE p.kind WHEN 'all' THEN 'all' WHEN 'd' THEN 'd:' || day
                WHEN 'w' THEN 'w:' || date(day, 'weekday 0', '-6 days') ELSE 'm:' || substr(day, 1, 7) END AS period,
              CASE WHEN o.own THEN deck ELSE '*' END AS board
            FROM temp.score_days,
              (SELECT 'all' AS kind UNION ALL SELECT 'd' UNION ALL SELECT 'w' UNION ALL SELECT 'm') AS p,
              (SELECT 1 AS own UNION ALL SELECT 0) AS o
          ) GROUP BY user_id, period, board;
        DROP TABLE temp.score_days;
        DELETE FROM score_hist;
        INSERT INTO score_hist (workspace_id, period, deck, points, members)
          SELECT workspace_id, period, deck, points, COUNT(*) FROM score_periods GROUP BY workspace_id, period, deck, points;
        UPDATE score_fold SET through = (SELECT COALESCE(MAX(id), 0) FROM answers) WHERE id = 1;
      `);
      this.db.exec(rankIndex);
    })();
  }
}
