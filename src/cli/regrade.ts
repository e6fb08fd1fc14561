import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Deck } from '../core/deck.ts';
import { createGrader } from '../core/grading/createGrader.ts';
import { GRADER_VERSION } from '../core/grading/graderVersion.ts';
import { loadDeckDir } from '../decks/loadDeckDir.ts';
import { DeckLibrary } from '../engine/deckLibrary.ts';
import { type RegradeOptions, type RegradeSummary, regrade } from '../engine/regrade.ts';
import { migrations } from '../store/migrations/index.ts';
import { type Db, StoreError, openDb, schemaVersion } from '../store/openDb.ts';
import { Store } from '../store/store.ts';
import { readArgs } from './args.ts';
import { plural } from './plural.ts';

/** `legacy` names answers graded before grader versions were stored. */
export const regradeUsage = 'Usage: quizbot regrade [--dry-run] [--deck NAME] [--from-version VERSION|legacy]';

/**
 * `quizbot regrade`: grades stored answers again with the current grader and
 * prints what changes; `--dry-run` writes nothing, `--deck NAME` and
 * `--from-version V` (also `--deck=NAME`) narrow it. Returns 0; 2 for wrong
 * usage, with the problem and the usage line on `err`; or 1 with one polite
 * line on `err` when it cannot run.
 */
export function runRegrade(
  args: readonly string[],
  config: Pick<Config, 'DATABASE_PATH' | 'DECKS_DIR'>,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const parsed = readArgs(args, { 'dry-run': { type: 'boolean' }, deck: { type: 'string' }, 'from-version': { type: 'string' } });
  if (!parsed.ok) {
    err(`${parsed.problem}\n${regradeUsage}`);
    return 2;
  }
  if (parsed.help) {
    out(regradeUsage);
    return 0;
  }
  const { values } = parsed;
  const o: RegradeOptions = { dryRun: values['dry-run'] === true };
  if (values.deck !== undefined) o.deck = values.deck;
  if (values['from-version'] !== undefined) o.fromVersion = values['from-version'];
  const file = config.DATABASE_PATH;
  if (file !== ':memory:' && !existsSync(file)) {
    err(`There is no database at ${file}: nothing to regrade. Check DATABASE_PATH.`);
    return 1;
  }
  let builtIn: Map<string, Deck>;
  try {
    builtIn = loadDeckDir(config.DECKS_DIR).decks;
  } catch (e) {
    err(`Cannot read the decks folder ${config.DECKS_DIR} (DECKS_DIR): ${(e as Error).message}`);
    return 1;
  }
  let db: Db;
  try {
    // A dry run opens the file read-only: not even a schema upgrade is written.
    db = openDb(file, { readonly: o.dryRun });
  } catch (e) {
    err(e instanceof StoreError ? e.message : `Cannot open the database ${file}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const store = new Store(db);
    const behind = schemaVersion(db) < migrations.length ? schemaVersion(db) : undefined;
    const result = regrade({ store, decks: new DeckLibrary(store, builtIn), grader: createGrader(), graderVersion: GRADER_VERSION }, o);
    if (!result.ok) {
      err(
        result.error === 'unknown_deck'
          ? `There is no deck called "${o.deck}": none in DECKS_DIR, none imported and no answers to one.`
          : `Answers graded by ${GRADER_VERSION} already have the current grader's grades; nothing to regrade.`,
      );
      return 1;
    }
    for (const line of summaryLines(result.summary, o, behind)) out(line);
    return 0;
  } catch (e) {
    err(failure(e));
    return 1;
  } finally {
    db.close();
  }
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The report, one fact per line; the same lines with and without `--dry-run` but the first and last. */
export function summaryLines(s: RegradeSummary, o: RegradeOptions, schemaBehind?: number): string[] {
  const scope = [o.deck !== undefined ? `deck ${o.deck}` : '', o.fromVersion !== undefined ? `graded by ${o.fromVersion}` : `graded by another version than ${s.graderVersion}`].filter(Boolean).join(', ');
  const lines = [`Regrading stored answers with grader ${s.graderVersion}${s.dryRun ? ' (dry run: nothing is written)' : ''}.`];
  lines.push(`Answers examined: ${s.examined} (${scope})`);
  if (!s.examined) {
    lines.push('Nothing to regrade.');
    return lines;
  }
  lines.push(`Previous grader versions: ${s.previousVersions.map((v) => `${v.version} ${v.answers}`).join(', ')}`);
  lines.push(`Skipped: ${s.skipped} (deck or question no longer exists)`);
  if (s.failed) lines.push(`Not graded: ${s.failed} (the grader failed on them; left unchanged)`);
  const moves = s.verdictChanges.map((c) => `${c.answers} ${c.from}→${c.to}`).join(', ');
  const changed = s.verdictChanges.reduce((n, c) => n + c.answers, 0);
  lines.push(`Verdicts changed: ${changed}${changed ? ` (${moves})` : ''}`);
  lines.push(`Points change: ${signed(s.pointsChange)}`);
  lines.push(`Streaks replayed: ${plural(s.streakMembers, 'member')}`);
  if (s.dryRun) {
    if (schemaBehind !== undefined) lines.push(`The database is at schema ${schemaBehind}; a run without --dry-run upgrades it first.`);
    lines.push(`Nothing was written; run without --dry-run to apply.`);
  } else {
    lines.push(s.regraded ? `Updated ${plural(s.regraded, 'answer')}; leaderboards and stats rebuilt.` : 'Nothing to update.');
  }
  return lines;
}

/** A failed run was rolled back whole; say so in one line. */
function failure(e: unknown): string {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_BUSY')) return 'The database is busy (another process holds a write lock); nothing was changed. Try again in a moment.';
  if (code.startsWith('SQLITE_FULL')) return 'The disk holding the database is full; nothing was changed.';
  if (code.startsWith('SQLITE_READONLY')) return 'The database is read-only here; nothing was changed. Check the file permissions.';
  return `Regrade failed: ${(e as Error)?.message ?? String(e)}; nothing was changed.`;
}
