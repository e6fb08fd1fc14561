import { toJson } from './jsonColumns.ts';
import type { Db } from './openDb.ts';
import type { GradeColumns, RoundRow } from './rows.ts';
import type { Statements } from './statements.ts';

/** Which stored answers a regrade looks at. */
export interface RegradeFilter {
  /** Only answers to rounds of this deck (any workspace). */
  deck?: string;
  /** `{ is: v }`: graded by version v (null: legacy answers); `{ isNot: v }`: by any other version, legacy included. */
  version: { is: string | null } | { isNot: string };
}

/** A stored answer with what regrading it needs from its round. */
export interface RegradeCandidate extends Pick<RoundRow, 'workspace_id' | 'deck' | 'question' | 'kind' | 'opened_at' | 'closes_at' | 'schedule_id' | 'seq'> {
  id: number;
  user_id: number;
  text: string;
  score: number;
  verdict: string;
  points: number;
  answered_at: number;
  grader_version: string | null;
}

/** A new grade for a stored answer, waiting in a per-connection table until it is applied. */
export interface StagedGrade extends GradeColumns {
  id: number;
}

/**
 * The statements of `quizbot regrade`: read stored answers page by page, stage
 * their new grades in a temp table (so a large database is not held in memory),
 * then write them all at once.
 */
export class RegradeRows {
  constructor(
    private readonly db: Db,
    private readonly sql: Statements,
  ) {}

  /** False on a database opened read-only before migration 2: every answer there is legacy. */
  hasGraderVersions(): boolean {
    return (this.sql.get("SELECT COUNT(*) FROM pragma_table_info('answers') WHERE name = 'grader_version'").pluck().get() as number) > 0;
  }

  /** False on a database opened read-only before migration 4: no answer there was decided by a reviewer. */
  hasDecisions(): boolean {
    return (this.sql.get("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'decisions'").pluck().get() as number) > 0;
  }

  /** The next `limit` answers after `afterId` that the filter selects, in id order. */
  page(filter: RegradeFilter, afterId: number, limit: number): RegradeCandidate[] {
    const version = this.hasGraderVersions() ? 'a.grader_version' : 'NULL';
    const where = ['a.id > @afterId'];
    if (filter.deck !== undefined) where.push('r.deck = @deck');
    where.push('is' in filter.version ? `${version} IS @version` : `${version} IS NOT @version`);
    // A reviewer's decision stands: no grader takes it back.
    if (this.hasDecisions()) where.push('NOT EXISTS (SELECT 1 FROM decisions d WHERE d.answer_id = a.id)');
    return this.sql.get(
      `SELECT a.id, a.user_id, a.text, a.score, a.verdict, a.points, a.answered_at, ${version} AS grader_version,
         r.workspace_id, r.deck, r.question, r.kind, r.opened_at, r.closes_at, r.schedule_id, r.seq
       FROM answers a JOIN rounds r ON r.id = a.round_id
       WHERE ${where.join(' AND ')} ORDER BY a.id LIMIT @limit`,
    ).all({
      afterId,
      limit,
      version: 'is' in filter.version ? filter.version.is : filter.version.isNot,
      ...(filter.deck !== undefined ? { deck: filter.deck } : {}),
    }) as RegradeCandidate[];
  }

  /** True when some workspace imported a deck of this name or some round used one. */
  deckSeen(name: string): boolean {
    return !!this.sql.get('SELECT EXISTS (SELECT 1 FROM decks WHERE name = ?) OR EXISTS (SELECT 1 FROM rounds WHERE deck = ?)').pluck().get(name, name);
  }

  /** Empties (creating if needed) this connection's staging table. */
  startStaging(): void {
    this.db.exec(`CREATE TEMP TABLE IF NOT EXISTS regrade_staged (
      id INTEGER PRIMARY KEY, score REAL NOT NULL, verdict TEXT NOT NULL, matched TEXT NOT NULL, missed TEXT NOT NULL,
      feedback TEXT NOT NULL, points INTEGER NOT NULL, confidence REAL NOT NULL, grader_version TEXT NOT NULL, contradicted TEXT NOT NULL)`);
    this.db.exec('DELETE FROM temp.regrade_staged');
  }

  /** Stages new grades; only the temp table is written, so other connections are not held up. */
  stage(grades: StagedGrade[]): void {
    const ins = this.sql.get(
      `INSERT OR REPLACE INTO temp.regrade_staged (id, score, verdict, matched, missed, feedback, points, confidence, grader_version, contradicted)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const g of grades) {
        ins.run(g.id, g.score, g.verdict, toJson(g.matched), toJson(g.missed), toJson(g.feedback), g.points, g.confidence, g.graderVersion, toJson(g.contradicted));
      }
    })();
  }

  /** Writes every staged grade over its answer; call inside the regrade's transaction. */
  applyStaged(): number {
    return this.sql.get(
      `UPDATE answers SET score = s.score, verdict = s.verdict, matched = s.matched, missed = s.missed, feedback = s.feedback,
         points = s.points, confidence = s.confidence, grader_version = s.grader_version, contradicted = s.contradicted
       FROM temp.regrade_staged AS s WHERE answers.id = s.id`,
    ).run().changes;
  }

  endStaging(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.regrade_staged');
  }

  /** The daily answers of these members in the order they were given, for replaying streaks. */
  dailyScores(userIds: readonly number[]): { user_id: number; schedule_id: number; seq: number; score: number }[] {
    // A few members (a reviewer's decision, inside its write transaction): from the daily
    // rounds through the (round, member) key, never reading every answer.
    if (userIds.length <= 20) {
      return this.sql.get(
        `SELECT a.user_id, r.schedule_id, r.seq, a.score FROM rounds r CROSS JOIN answers a ON a.round_id = r.id
         WHERE a.user_id IN (SELECT value FROM json_each(?)) AND r.kind = 'daily' AND r.schedule_id IS NOT NULL AND r.seq IS NOT NULL
         ORDER BY a.user_id, a.id`,
      ).all(JSON.stringify(userIds)) as { user_id: number; schedule_id: number; seq: number; score: number }[];
    }
    return this.sql.get(
      `SELECT a.user_id, r.schedule_id, r.seq, a.score FROM answers a JOIN rounds r ON r.id = a.round_id
       WHERE a.user_id IN (SELECT value FROM json_each(?)) AND r.kind = 'daily' AND r.schedule_id IS NOT NULL AND r.seq IS NOT NULL
       ORDER BY a.user_id, a.id`,
    ).all(JSON.stringify(userIds)) as { user_id: number; schedule_id: number; seq: number; score: number }[];
  }
}
