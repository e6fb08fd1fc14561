import type { Db } from './openDb.ts';
import type { Statements } from './statements.ts';

/**
 * Folds the answers stored since a watermark into something kept off the answer path
 * (period boards, cards): `apply(from, to)` takes the answers with ids in (from, to], and
 * the watermark moves in the same transaction, so every answer is folded exactly once.
 * Returns the fold, which returns how many answer ids it covered.
 */
export function watermarkFold(db: Db, sql: Statements, table: 'score_fold' | 'card_fold', apply: (from: number, to: number) => void): () => number {
  const run = db.transaction((): number => {
    const from = sql.get(`SELECT through FROM ${table} WHERE id = 1`).pluck().get() as number;
    const to = (sql.get('SELECT MAX(id) FROM answers').pluck().get() as number | null) ?? 0;
    if (to <= from) return 0;
    apply(from, to);
    sql.get(`UPDATE ${table} SET through = ? WHERE id = 1`).run(to);
    return to - from;
  });
  // IMMEDIATE: two processes folding at once must not both read the same watermark.
  return () => run.immediate();
}
