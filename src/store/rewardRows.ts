import type { Statements } from './statements.ts';

/** A member holding a season's reward role because quizbot gave it. */
export interface RewardHolder {
  user_id: number;
  external_id: string;
  name: string;
  role_id: string;
  season_id: number;
}

/** A season winner as the platform knows them. */
export interface RewardWinner {
  user_id: number;
  external_id: string;
  name: string;
}

/**
 * Who holds the reward role (`reward_holders`), or may: a winner is written before the
 * platform is asked and struck off if it refuses, a former holder struck off once the
 * platform confirms, so the next season's end, in whichever process it runs, takes the
 * role from everyone who may have it.
 */
export class RewardRows {
  constructor(private readonly sql: Statements) {}

  holders(workspaceId: number): RewardHolder[] {
    return this.sql
      .get(
        `SELECT h.user_id, u.external_id, u.name, h.role_id, h.season_id FROM reward_holders h JOIN users u ON u.id = h.user_id
          WHERE h.workspace_id = ? ORDER BY h.role_id, h.user_id`,
      )
      .all(workspaceId) as RewardHolder[];
  }

  /** The members behind these row ids, with their platform ids. */
  members(userIds: readonly number[]): RewardWinner[] {
    if (!userIds.length) return [];
    return this.sql.get(`SELECT id AS user_id, external_id, name FROM users WHERE id IN (${userIds.map(() => '?').join(', ')})`).all(...userIds) as RewardWinner[];
  }

  give(workspaceId: number, userId: number, roleId: string, seasonId: number): void {
    this.sql
      .get('INSERT INTO reward_holders (workspace_id, user_id, role_id, season_id) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET season_id = excluded.season_id')
      .run(workspaceId, userId, roleId, seasonId);
  }

  take(workspaceId: number, userId: number, roleId: string): void {
    this.sql.get('DELETE FROM reward_holders WHERE workspace_id = ? AND user_id = ? AND role_id = ?').run(workspaceId, userId, roleId);
  }
}
