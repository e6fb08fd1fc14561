import type Database from 'better-sqlite3';
import type { Db } from './openDb.ts';
import { readFailure, readJson, readList, readText, toJson } from './jsonColumns.ts';
import { CardRows } from './cardRows.ts';
import { ProcessRows } from './processRows.ts';
import { RegradeRows } from './regradeRows.ts';
import { ReminderRows } from './reminderRows.ts';
import { RewardRows } from './rewardRows.ts';
import { SeasonRows } from './seasonRows.ts';
import { ReviewRows } from './reviewRows.ts';
import { ScoreBoards } from './scoreBoards.ts';
import { SettingsRows } from './settingsRows.ts';
import { Statements } from './statements.ts';
import type { AnswerRow, DeckInfo, DeckRow, GradeColumns, RankedRow, RoundKind, RoundRow, ScheduleRow, SessionRow, Stored, StoredAnswerRow, UserRow, WorkspaceRow } from './rows.ts';

export type NewRound = Pick<RoundRow, 'workspace_id' | 'channel_id' | 'kind' | 'deck' | 'question' | 'opened_at' | 'closes_at'> & {
  state: 'claimed' | 'open';
} & Partial<Pick<RoundRow, 'schedule_id' | 'local_date' | 'seq' | 'session_id' | 'owner_id'>>;

type StoredSchedule = Omit<Stored<ScheduleRow, 'question_order'>, 'last_error'> & { last_error: string | null };
type StoredSession = Stored<SessionRow, 'question_order'>;
const readSchedule = (r: StoredSchedule): ScheduleRow => ({
  ...r,
  question_order: readList<number>(r.question_order),
  last_error: r.last_error === null ? null : readFailure(r.last_error),
});
const readSession = (r: StoredSession): SessionRow => ({ ...r, question_order: readList<number>(r.question_order) });

export interface NewAnswer extends GradeColumns {
  round_id: number;
  user_id: number;
  text: string;
  answered_at: number;
  /** The grade waits for a reviewer (low confidence). */
  provisional?: boolean;
}

/** Every SQL statement quizbot runs, prepared once. */
export class Store {
  private readonly sql: Statements;
  /** Period leaderboards, kept apart: they have their own life cycle (folds, rebuilds). */
  readonly boards: ScoreBoards;
  /** Reading and rewriting stored grades for `quizbot regrade`. */
  readonly regrades: RegradeRows;
  /** Each workspace's own settings (`/settings`). */
  readonly settings: SettingsRows;
  /** Appeals, the review queue and the audit log of decisions. */
  readonly reviews: ReviewRows;
  /** Spaced-repetition cards per member and question, and their reviews. */
  readonly cards: CardRows;
  /** Practice reminders per member. */
  readonly reminders: ReminderRows;
  /** Seasons per workspace and their boards. */
  readonly seasons: SeasonRows;
  /** The bot processes sharing the database and their last tick. */
  readonly processes: ProcessRows;
  /** Who holds a season's reward role. */
  readonly rewards: RewardRows;
  /** One transaction wrapper, built once: `db.transaction` per call would rebuild it on every answer. */
  private readonly inTx: (fn: () => unknown) => unknown;
  private readonly inTxImmediate: (fn: () => unknown) => unknown;

  constructor(readonly db: Db) {
    const tx = db.transaction((fn: () => unknown) => fn());
    this.inTx = tx;
    this.inTxImmediate = (fn) => tx.immediate(fn);
    this.sql = new Statements(db);
    this.boards = new ScoreBoards(db, this.sql);
    this.regrades = new RegradeRows(db, this.sql);
    this.settings = new SettingsRows(db, this.sql);
    this.reviews = new ReviewRows(this.sql);
    this.cards = new CardRows(db, this.sql);
    this.reminders = new ReminderRows(this.sql);
    this.seasons = new SeasonRows(this.sql);
    this.processes = new ProcessRows(this.sql);
    this.rewards = new RewardRows(this.sql);
  }

  private st(sql: string): Database.Statement {
    let writes = this.roundWriters.get(sql);
    if (writes === undefined) {
      writes = /^\s*(UPDATE|INSERT INTO|DELETE FROM)\s+rounds\b/i.test(sql);
      this.roundWriters.set(sql, writes);
    }
    if (writes) this.openRounds.clear();
    return this.sql.get(sql);
  }

  tx<T>(fn: () => T): T {
    return this.runTx(this.inTx, fn);
  }

  /**
   * A transaction that takes the write lock before it reads: what it reads cannot
   * change under it, in this process or another, so a check and the write it
   * allows are one step (a decision on an appeal is made once).
   */
  txImmediate<T>(fn: () => T): T {
    return this.runTx(this.inTxImmediate, fn);
  }

  private runTx<T>(run: (fn: () => unknown) => unknown, fn: () => T): T {
    try {
      return run(fn) as T;
    } catch (e) {
      // A rolled-back transaction may have cached rounds that never existed.
      this.openRounds.clear();
      throw e;
    }
  }

  /**
   * Open rounds per channel, read on every answer. Our own writes to rounds clear
   * it; another process's commits change `data_version`, which clears it too.
   */
  private readonly openRounds = new Map<string, RoundRow[]>();
  private readonly roundWriters = new Map<string, boolean>();
  private seenVersion = -1;

  // --- workspaces and users -------------------------------------------------

  /** Finds or creates (or brings back) a workspace; reads only, when nothing changes. */
  workspace(platform: string, externalId: string): WorkspaceRow {
    const found = this.findWorkspace(platform, externalId);
    if (found && found.removed_at === null) return found;
    this.st('INSERT INTO workspaces (platform, external_id) VALUES (?, ?) ON CONFLICT DO UPDATE SET removed_at = NULL WHERE removed_at IS NOT NULL').run(platform, externalId);
    return this.st('SELECT * FROM workspaces WHERE platform = ? AND external_id = ?').get(platform, externalId) as WorkspaceRow;
  }

  findWorkspace(platform: string, externalId: string): WorkspaceRow | undefined {
    return this.st('SELECT * FROM workspaces WHERE platform = ? AND external_id = ?').get(platform, externalId) as WorkspaceRow | undefined;
  }

  /** Every workspace, for the operator's tools. */
  allWorkspaces(): WorkspaceRow[] {
    return this.st('SELECT * FROM workspaces ORDER BY id').all() as WorkspaceRow[];
  }

  /** The workspaces that imported a deck of this name. */
  workspacesWithDeck(name: string): WorkspaceRow[] {
    return this.st('SELECT w.* FROM workspaces w JOIN decks d ON d.workspace_id = w.id WHERE d.name = ? ORDER BY w.id').all(name) as WorkspaceRow[];
  }

  workspaceById(id: number): WorkspaceRow {
    return this.st('SELECT * FROM workspaces WHERE id = ?').get(id) as WorkspaceRow;
  }

  setActiveDeck(workspaceId: number, deck: string | null): void {
    this.st('UPDATE workspaces SET active_deck = ? WHERE id = ?').run(deck, workspaceId);
  }

  markWorkspaceRemoved(workspaceId: number, at: number): void {
    this.st('UPDATE workspaces SET removed_at = ? WHERE id = ?').run(at, workspaceId);
    this.st('UPDATE schedules SET paused = 1 WHERE workspace_id = ?').run(workspaceId);
    this.st('UPDATE sessions SET running = 0 WHERE workspace_id = ?').run(workspaceId);
    this.st("UPDATE rounds SET state = 'closed', closed_at = ? WHERE workspace_id = ? AND state IN ('claimed', 'open')").run(at, workspaceId);
  }

  /** Finds or creates a member, keeping the display name current; reads only, when nothing changes. */
  user(workspaceId: number, externalId: string, name: string): UserRow {
    const found = this.findUser(workspaceId, externalId);
    if (found && found.name === name) return found;
    this.st('INSERT INTO users (workspace_id, external_id, name) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name WHERE name <> excluded.name').run(workspaceId, externalId, name);
    return this.findUser(workspaceId, externalId)!;
  }

  findUser(workspaceId: number, externalId: string): UserRow | undefined {
    return this.st('SELECT * FROM users WHERE workspace_id = ? AND external_id = ?').get(workspaceId, externalId) as UserRow | undefined;
  }

  userById(id: number): UserRow {
    return this.st('SELECT * FROM users WHERE id = ?').get(id) as UserRow;
  }

  /** Adds an answer to the member's totals; period boards get it at the next `boards.fold()`. */
  addScore(userId: number, a: { points: number; score: number; fullMarks: boolean }): void {
    this.st('UPDATE users SET points = points + ?, answers = answers + 1, score_sum = score_sum + ?, full_marks = full_marks + ? WHERE id = ?').run(a.points, a.score, a.fullMarks ? 1 : 0, userId);
  }

  /** A stored answer's grade changed (a reviewer's decision): its member's totals follow; the answer count stays. */
  adjustScore(userId: number, d: { points: number; score: number; fullMarks: number }): void {
    this.st('UPDATE users SET points = points + ?, score_sum = score_sum + ?, full_marks = full_marks + ? WHERE id = ?').run(d.points, d.score, d.fullMarks, userId);
  }

  /** Remembers the language a member's platform reports, for messages sent to them later. */
  setUserLocale(userId: number, locale: string): void {
    this.st('UPDATE users SET locale = ? WHERE id = ? AND locale IS NOT ?').run(locale, userId, locale);
  }

  setStreak(userId: number, s: { streak: number; best: number; scheduleId: number | null; seq: number | null }): void {
    this.st('UPDATE users SET streak = ?, best_streak = ?, streak_schedule_id = ?, streak_seq = ? WHERE id = ?').run(s.streak, s.best, s.scheduleId, s.seq, userId);
  }

  // --- rounds and answers ------------------------------------------------------

  insertRound(r: NewRound): number {
    const info = this.st(
      `INSERT INTO rounds (workspace_id, channel_id, kind, deck, question, opened_at, closes_at, state, schedule_id, local_date, seq, session_id, owner_id)
       VALUES (@workspace_id, @channel_id, @kind, @deck, @question, @opened_at, @closes_at, @state, @schedule_id, @local_date, @seq, @session_id, @owner_id)`,
    ).run({ schedule_id: null, local_date: null, seq: null, session_id: null, owner_id: null, ...r });
    return Number(info.lastInsertRowid);
  }

  round(id: number): RoundRow | undefined {
    return this.st('SELECT * FROM rounds WHERE id = ?').get(id) as RoundRow | undefined;
  }

  roundOfDay(scheduleId: number, localDate: string): RoundRow | undefined {
    return this.st('SELECT * FROM rounds WHERE schedule_id = ? AND local_date = ?').get(scheduleId, localDate) as RoundRow | undefined;
  }

  /** Open channel rounds (quiz first, then the newest daily). */
  openInChannel(workspaceId: number, channelId: string): RoundRow[] {
    const version = this.st('PRAGMA data_version').pluck().get() as number;
    if (version !== this.seenVersion) {
      this.openRounds.clear();
      this.seenVersion = version;
    }
    const key = `${workspaceId}\u0000${channelId}`;
    const hit = this.openRounds.get(key);
    if (hit) return hit;
    // A channel has one or two open rounds: sorting them here spares SQLite a temp b-tree.
    const rows = this.st("SELECT * FROM rounds WHERE workspace_id = ? AND channel_id = ? AND state = 'open' AND kind <> 'practice'").all(workspaceId, channelId) as RoundRow[];
    if (rows.length > 1) rows.sort((a, b) => Number(b.kind === 'quiz') - Number(a.kind === 'quiz') || b.opened_at - a.opened_at);
    if (this.openRounds.size >= 10_000) this.openRounds.clear();
    this.openRounds.set(key, rows);
    return rows;
  }

  /** The questions open in any channel of a workspace (practice must not reveal them). */
  openChannelQuestions(workspaceId: number): { deck: string; question: number }[] {
    return this.st("SELECT deck, question FROM rounds WHERE workspace_id = ? AND state = 'open' AND kind <> 'practice'").all(workspaceId) as { deck: string; question: number }[];
  }

  openPractice(ownerId: number): RoundRow | undefined {
    return this.st("SELECT * FROM rounds WHERE owner_id = ? AND kind = 'practice' AND state = 'open' ORDER BY id DESC LIMIT 1").get(ownerId) as RoundRow | undefined;
  }

  practiceCount(ownerId: number, deck: string): number {
    return (this.st("SELECT COUNT(*) AS n FROM rounds WHERE owner_id = ? AND kind = 'practice' AND deck = ?").get(ownerId, deck) as { n: number }).n;
  }

  dueRounds(now: number, limit: number): RoundRow[] {
    return this.st("SELECT * FROM rounds WHERE state = 'open' AND closes_at <= ? ORDER BY closes_at LIMIT ?").all(now, limit) as RoundRow[];
  }

  openDailyOf(scheduleId: number): RoundRow[] {
    return this.st("SELECT * FROM rounds WHERE schedule_id = ? AND state = 'open' ORDER BY id").all(scheduleId) as RoundRow[];
  }

  lastDailyOf(scheduleId: number): RoundRow | undefined {
    return this.st("SELECT * FROM rounds WHERE schedule_id = ? AND state IN ('open', 'closed') ORDER BY id DESC LIMIT 1").get(scheduleId) as RoundRow | undefined;
  }

  /**
   * A member's answers per UTC day from `from` (a UTC midnight) on: count and summed grade.
   * Walks the answers of that span by time (answers_answered_at), not every answer of the member.
   */
  answersByDay(userId: number, from: number): { day: number; answers: number; score_sum: number }[] {
    return this.st(
      `SELECT CAST((answered_at - @from) / 86400000 AS INTEGER) AS day, COUNT(*) AS answers, SUM(score) AS score_sum
         FROM answers WHERE answered_at >= @from AND user_id = @userId GROUP BY day ORDER BY day`,
    ).all({ userId, from }) as { day: number; answers: number; score_sum: number }[];
  }

  /** Records a posted round; daily rounds get the next number in their schedule's sequence. */
  markRoundOpen(id: number, messageId: string | null): void {
    this.st(
      `UPDATE rounds SET state = 'open', message_id = ?, retry_at = NULL,
         seq = CASE WHEN schedule_id IS NULL THEN NULL ELSE
           (SELECT COALESCE(MAX(r2.seq), 0) + 1 FROM rounds r2 WHERE r2.schedule_id = rounds.schedule_id) END
       WHERE id = ?`,
    ).run(messageId, id);
  }

  /**
   * Closes answering; channel rounds then wait for their reveal to be posted. The process that
   * closes a round holds its reveal until `revealLeaseUntil`, so no other process posts it meanwhile.
   */
  closeRound(id: number, at: number, revealLeaseUntil: number | null = null): boolean {
    return this.st("UPDATE rounds SET state = 'closed', closed_at = ?, reveal_pending = (kind <> 'practice'), retry_at = ? WHERE id = ? AND state = 'open'").run(at, revealLeaseUntil, id).changes > 0;
  }

  setClosesAt(id: number, at: number): void {
    this.st("UPDATE rounds SET closes_at = ? WHERE id = ? AND state = 'open'").run(at, id);
  }

  pendingReveals(now: number, limit: number): RoundRow[] {
    return this.st('SELECT * FROM rounds WHERE reveal_pending = 1 AND (retry_at IS NULL OR retry_at <= ?) ORDER BY closed_at LIMIT ?').all(now, limit) as RoundRow[];
  }

  revealDone(id: number): void {
    this.st('UPDATE rounds SET reveal_pending = 0, retry_at = NULL, attempts = 0 WHERE id = ?').run(id);
  }

  /** Takes a lease on a round for a retry; false when another process holds it. */
  leaseRound(id: number, now: number, until: number): boolean {
    return this.st('UPDATE rounds SET retry_at = ? WHERE id = ? AND (retry_at IS NULL OR retry_at <= ?)').run(until, id, now).changes > 0;
  }

  /** Counts a failed delivery and schedules the next try; returns the attempts so far. */
  roundFailed(id: number, retryAt: number): number {
    this.st('UPDATE rounds SET attempts = attempts + 1, retry_at = ? WHERE id = ?').run(retryAt, id);
    return (this.st('SELECT attempts FROM rounds WHERE id = ?').get(id) as { attempts: number }).attempts;
  }

  markRoundFailed(id: number): void {
    this.st("UPDATE rounds SET state = 'failed', retry_at = NULL WHERE id = ?").run(id);
  }

  /** Claims left behind: by a crash (no lease) or a failed try whose retry time came. */
  staleClaims(now: number, claimedBefore: number, limit: number): RoundRow[] {
    return this.st(
      "SELECT * FROM rounds WHERE state = 'claimed' AND ((retry_at IS NULL AND opened_at <= ?) OR retry_at <= ?) ORDER BY id LIMIT ?",
    ).all(claimedBefore, now, limit) as RoundRow[];
  }

  answerOf(roundId: number, userId: number): AnswerRow | undefined {
    const row = this.st('SELECT * FROM answers WHERE round_id = ? AND user_id = ?').get(roundId, userId) as StoredAnswerRow | undefined;
    return row && { ...row, matched: readList(row.matched), missed: readList(row.missed), feedback: readText(row.feedback), contradicted: readList(row.contradicted) };
  }

  /** Stores an answer; its id, or undefined when the member already answered that round. */
  insertAnswer(a: NewAnswer): number | undefined {
    const info = this.st(
      `INSERT INTO answers (round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at, confidence, grader_version, contradicted, provisional)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, user_id) DO NOTHING`,
    ).run(
      a.round_id, a.user_id, a.text, a.score, a.verdict, toJson(a.matched), toJson(a.missed), toJson(a.feedback), a.points, a.answered_at,
      a.confidence, a.graderVersion, toJson(a.contradicted), a.provisional ? 1 : 0,
    );
    return info.changes > 0 ? Number(info.lastInsertRowid) : undefined;
  }

  roundResults(roundId: number): { answers: number; fullMarks: string[] } {
    const n = this.st('SELECT COUNT(*) AS n FROM answers WHERE round_id = ?').get(roundId) as { n: number };
    const names = this.st("SELECT u.name FROM answers a JOIN users u ON u.id = a.user_id WHERE a.round_id = ? AND a.verdict = 'correct' ORDER BY a.answered_at").all(roundId) as { name: string }[];
    return { answers: n.n, fullMarks: names.map((r) => r.name) };
  }

  // --- schedules ---------------------------------------------------------------

  schedule(workspaceId: number, channelId: string): ScheduleRow | undefined {
    const row = this.st('SELECT * FROM schedules WHERE workspace_id = ? AND channel_id = ?').get(workspaceId, channelId) as StoredSchedule | undefined;
    return row && readSchedule(row);
  }

  schedulesOf(workspaceId: number): ScheduleRow[] {
    return (this.st('SELECT * FROM schedules WHERE workspace_id = ? ORDER BY id').all(workspaceId) as StoredSchedule[]).map(readSchedule);
  }

  scheduleById(id: number): ScheduleRow | undefined {
    const row = this.st('SELECT * FROM schedules WHERE id = ?').get(id) as StoredSchedule | undefined;
    return row && readSchedule(row);
  }

  dueSchedules(now: number, limit: number): ScheduleRow[] {
    return (this.st('SELECT * FROM schedules WHERE paused = 0 AND next_at <= ? AND (retry_at IS NULL OR retry_at <= ?) ORDER BY next_at LIMIT ?').all(now, now, limit) as StoredSchedule[]).map(readSchedule);
  }

  upsertSchedule(s: Omit<ScheduleRow, 'id' | 'failures' | 'last_error' | 'last_posted_at' | 'retry_at' | 'cycle'>): ScheduleRow {
    this.st(
      `INSERT INTO schedules (workspace_id, channel_id, time, timezone, deck, paused, next_at, question_order, position)
       VALUES (@workspace_id, @channel_id, @time, @timezone, @deck, @paused, @next_at, @question_order, @position)
       ON CONFLICT (workspace_id, channel_id) DO UPDATE SET time = excluded.time, timezone = excluded.timezone,
         deck = excluded.deck, paused = excluded.paused, next_at = excluded.next_at, failures = 0, last_error = NULL, retry_at = NULL,
         question_order = CASE WHEN deck = excluded.deck THEN question_order ELSE excluded.question_order END,
         position = CASE WHEN deck = excluded.deck THEN position ELSE 0 END`,
    ).run({ ...s, question_order: toJson(s.question_order) });
    return this.schedule(s.workspace_id, s.channel_id)!;
  }

  updateSchedule(id: number, patch: Partial<Omit<ScheduleRow, 'id' | 'workspace_id' | 'channel_id'>>): void {
    const keys = Object.keys(patch);
    if (!keys.length) return;
    const values = {
      ...patch,
      ...(patch.question_order ? { question_order: toJson(patch.question_order) } : {}),
      ...(patch.last_error ? { last_error: toJson(patch.last_error) } : {}),
    };
    this.st(`UPDATE schedules SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...values, id });
  }

  schedulesUsingDeck(workspaceId: number, deck: string): ScheduleRow[] {
    return (this.st('SELECT * FROM schedules WHERE workspace_id = ? AND deck = ?').all(workspaceId, deck) as StoredSchedule[]).map(readSchedule);
  }

  // --- quiz sessions -----------------------------------------------------------

  runningSession(workspaceId: number, channelId: string): SessionRow | undefined {
    const row = this.st('SELECT * FROM sessions WHERE workspace_id = ? AND channel_id = ? AND running = 1').get(workspaceId, channelId) as StoredSession | undefined;
    return row && readSession(row);
  }

  session(id: number): SessionRow | undefined {
    const row = this.st('SELECT * FROM sessions WHERE id = ?').get(id) as StoredSession | undefined;
    return row && readSession(row);
  }

  insertSession(s: Omit<SessionRow, 'id' | 'running' | 'position'>): number {
    return Number(
      this.st('INSERT INTO sessions (workspace_id, channel_id, deck, started_by, question_order, seconds, started_at) VALUES (@workspace_id, @channel_id, @deck, @started_by, @question_order, @seconds, @started_at)').run({ ...s, question_order: toJson(s.question_order) }).lastInsertRowid,
    );
  }

  /** Moves a session on from `position`; false when another process already did. */
  advanceSession(id: number, position: number): boolean {
    return this.st('UPDATE sessions SET position = position + 1 WHERE id = ? AND position = ?').run(id, position).changes > 0;
  }

  /**
   * Running quizzes with no question open or being posted since `before`: a
   * process died between a reveal and the next question.
   */
  stalledSessions(before: number): number[] {
    return this.st(
      `SELECT s.id FROM sessions s WHERE s.running = 1
         AND NOT EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = s.id AND r.state IN ('open', 'claimed'))
         AND (SELECT MAX(COALESCE(r.closed_at, r.opened_at)) FROM rounds r WHERE r.session_id = s.id) <= ?`,
    ).pluck().all(before) as number[];
  }

  /** Ends a running session; false when it had already ended (in this process or another). */
  endSession(id: number): boolean {
    return this.st('UPDATE sessions SET running = 0 WHERE id = ? AND running = 1').run(id).changes > 0;
  }

  sessionStandings(sessionId: number): { name: string; points: number }[] {
    return this.st(
      // From the session's few rounds to their answers; CROSS JOIN keeps SQLite from scanning every answer.
      `SELECT u.name, SUM(a.points) AS points FROM rounds r CROSS JOIN answers a ON a.round_id = r.id JOIN users u ON u.id = a.user_id
       WHERE r.session_id = ? GROUP BY a.user_id ORDER BY points DESC, MIN(a.answered_at) LIMIT 10`,
    ).all(sessionId) as { name: string; points: number }[];
  }

  // --- decks -------------------------------------------------------------------

  /** A workspace's imported decks, without their questions. */
  decksOf(workspaceId: number): DeckInfo[] {
    return this.st('SELECT id, workspace_id, name, title, imported_by, imported_at FROM decks WHERE workspace_id = ? ORDER BY name').all(workspaceId) as DeckInfo[];
  }

  deck(workspaceId: number, name: string): DeckRow | undefined {
    const row = this.st('SELECT * FROM decks WHERE workspace_id = ? AND name = ?').get(workspaceId, name) as (DeckInfo & { body: string }) | undefined;
    if (!row) return undefined;
    const { body, ...info } = row;
    return { ...info, deck: readJson<DeckRow['deck']>(body) };
  }

  /** When an imported deck was last (re)imported, so a reader can keep it parsed until then; undefined if none. */
  deckImportedAt(workspaceId: number, name: string): number | undefined {
    return this.st('SELECT imported_at FROM decks WHERE workspace_id = ? AND name = ?').pluck().get(workspaceId, name) as number | undefined;
  }

  saveDeck(d: Omit<DeckRow, 'id'>): void {
    const { deck, ...info } = d;
    this.st(
      `INSERT INTO decks (workspace_id, name, title, body, imported_by, imported_at) VALUES (@workspace_id, @name, @title, @body, @imported_by, @imported_at)
       ON CONFLICT (workspace_id, name) DO UPDATE SET title = excluded.title, body = excluded.body, imported_by = excluded.imported_by, imported_at = excluded.imported_at`,
    ).run({ ...info, body: toJson(deck) });
  }

  removeDeck(workspaceId: number, name: string): boolean {
    return this.st('DELETE FROM decks WHERE workspace_id = ? AND name = ?').run(workspaceId, name).changes > 0;
  }
}
