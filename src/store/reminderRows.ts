import type { Statements } from './statements.ts';

/** A member's practice reminder; `time` is null when turned off (the timezone is kept). */
export interface ReminderRow {
  user_id: number;
  time: string | null;
  timezone: string;
  next_at: number | null;
  last_sent_date: string | null;
}

/** A reminder whose check is due, with what is needed to message the member. */
export interface DueReminder extends ReminderRow {
  time: string;
  next_at: number;
  platform: string;
  workspace_external_id: string;
  user_external_id: string;
  locale: string | null;
}

/** Practice reminders (`/practice remind`). */
export class ReminderRows {
  constructor(private readonly sql: Statements) {}

  of(userId: number): ReminderRow | undefined {
    return this.sql.get('SELECT * FROM practice_reminders WHERE user_id = ?').get(userId) as ReminderRow | undefined;
  }

  /** Turns the reminder on at `time` in `timezone`, or off (time and next_at null, timezone kept). */
  set(userId: number, r: { time: string | null; timezone: string; nextAt: number | null }): void {
    this.sql
      .get(
        `INSERT INTO practice_reminders (user_id, time, timezone, next_at) VALUES (@userId, @time, @timezone, @nextAt)
         ON CONFLICT (user_id) DO UPDATE SET time = excluded.time, timezone = excluded.timezone, next_at = excluded.next_at`,
      )
      .run({ userId, ...r });
  }

  /** Reminders to check at `now`, in live workspaces. */
  due(now: number, limit: number): DueReminder[] {
    return this.sql
      .get(
        `SELECT p.*, w.platform, w.external_id AS workspace_external_id, u.external_id AS user_external_id, u.locale
           FROM practice_reminders p JOIN users u ON u.id = p.user_id JOIN workspaces w ON w.id = u.workspace_id
          WHERE p.next_at IS NOT NULL AND p.next_at <= ? AND w.removed_at IS NULL ORDER BY p.next_at LIMIT ?`,
      )
      .all(now, limit) as DueReminder[];
  }

  /**
   * Moves a reminder seen due at `expectedAt` on to `nextAt`, and records `sentDate`
   * when one is to be sent. False when another tick or process got there first.
   */
  claim(userId: number, expectedAt: number, nextAt: number, sentDate: string | null): boolean {
    return (
      this.sql
        .get('UPDATE practice_reminders SET next_at = @nextAt, last_sent_date = COALESCE(@sentDate, last_sent_date) WHERE user_id = @userId AND next_at = @expectedAt')
        .run({ userId, expectedAt, nextAt, sentDate }).changes > 0
    );
  }
}
