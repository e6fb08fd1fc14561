import { SETTING_KEYS, type SettingsChanges, type WorkspaceSettings } from '../core/workspaceSettings.ts';
import { supportedLocale } from '../i18n/locales.ts';
import type { Db } from './openDb.ts';
import type { Statements } from './statements.ts';

type SqlValue = string | number | null;

/** How one setting is stored: its column, and the value read back (undefined when unset or unusable). */
interface Column<T> {
  name: string;
  read(v: SqlValue): T | undefined;
  write(v: T): SqlValue;
}

const integer: Omit<Column<number>, 'name'> = {
  read: (v) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined),
  write: (v) => v,
};

/**
 * Every setting's column. A new setting is one entry here plus one nullable
 * column added by a migration; nothing else in the store changes.
 */
const columns: { [K in keyof WorkspaceSettings]-?: Column<NonNullable<WorkspaceSettings[K]>> } = {
  // A language quizbot no longer ships reads as unset, so the configured default applies.
  language: { name: 'language', read: (v) => (typeof v === 'string' ? supportedLocale(v) : undefined), write: (v) => v },
  quizQuestions: { name: 'quiz_questions', ...integer },
  quizSeconds: { name: 'quiz_seconds', ...integer },
  revealInThread: { name: 'reveal_in_thread', read: (v) => (v === null ? undefined : v === 1), write: (v) => (v ? 1 : 0) },
  reviewerRoleId: { name: 'reviewer_role_id', read: (v) => (typeof v === 'string' && v ? v : undefined), write: (v) => v },
  rewardRoleId: { name: 'reward_role_id', read: (v) => (typeof v === 'string' && v ? v : undefined), write: (v) => v },
  rewardTop: { name: 'reward_top', ...integer },
};

const names = SETTING_KEYS.map((k) => columns[k].name);
const selectSql = `SELECT ${names.join(', ')} FROM workspace_settings WHERE workspace_id = ?`;
const upsertSql = `INSERT INTO workspace_settings (workspace_id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})
  ON CONFLICT (workspace_id) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}`;

/** Each workspace's settings, read and written as typed objects. */
export class SettingsRows {
  private readonly saveTx: (workspaceId: number, changes: SettingsChanges) => WorkspaceSettings;

  constructor(
    db: Db,
    private readonly sql: Statements,
  ) {
    this.saveTx = db.transaction((workspaceId: number, changes: SettingsChanges) => {
      const next: Record<string, unknown> = { ...this.get(workspaceId) };
      for (const k of SETTING_KEYS) {
        if (!(k in changes) || changes[k] === undefined) continue;
        if (changes[k] === null) delete next[k];
        else next[k] = changes[k];
      }
      const values = SETTING_KEYS.map((k) => (next[k] === undefined ? null : (columns[k] as Column<unknown>).write(next[k])));
      this.sql.get(upsertSql).run(workspaceId, ...values);
      return this.get(workspaceId);
    });
  }

  /** The workspace's settings; those it never set (or reset) are absent. */
  get(workspaceId: number): WorkspaceSettings {
    const row = this.sql.get(selectSql).raw().get(workspaceId) as SqlValue[] | undefined;
    const out: Record<string, unknown> = {};
    if (!row) return out;
    SETTING_KEYS.forEach((k, i) => {
      const v = (columns[k] as Column<unknown>).read(row[i] ?? null);
      if (v !== undefined) out[k] = v;
    });
    return out as WorkspaceSettings;
  }

  /** Applies changes (`null` resets a setting) in one transaction; returns the settings as saved. */
  save(workspaceId: number, changes: SettingsChanges): WorkspaceSettings {
    return this.saveTx(workspaceId, changes);
  }
}
