/**
 * Practice reminders: at most one per member.
 *
 * - `time` (`HH:MM`) is null when the member turned reminders off; the row stays so
 *   `timezone` is remembered as the member's last one.
 * - `next_at` is the next moment to check for due cards (ms since epoch), null when off.
 * - `last_sent_date` is the local date (in `timezone`) of the last reminder sent: a
 *   tick claims the day by moving `next_at` on and setting it in one transaction
 *   before sending, so a restart or a second process never sends twice.
 */
export const practiceReminders = `
CREATE TABLE practice_reminders (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  time TEXT,
  timezone TEXT NOT NULL,
  next_at INTEGER,
  last_sent_date TEXT
);
CREATE INDEX practice_reminders_due ON practice_reminders (next_at) WHERE next_at IS NOT NULL;
`;
