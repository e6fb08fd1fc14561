import type { RoleFailure, RoleFailureReason, RoleMoveResult, RoleMoves } from '../core/rewardRoles.ts';
import { msg, raw, type Text } from '../core/text.ts';
import { DEFAULT_REWARD_TOP } from '../core/workspaceSettings.ts';
import type { MessageId } from '../i18n/messageIds.ts';
import { readJson, toJson } from '../store/jsonColumns.ts';
import type { RewardHolder } from '../store/rewardRows.ts';
import type { SeasonRow } from '../store/seasonRows.ts';
import type { EngineContext } from './context.ts';
import type { WorkspaceRef } from './types.ts';

/** What came of moving the reward role at a season's end, kept on the season so every post of its board says it. */
export interface RewardOutcome {
  roleId: string;
  /** The season's winners who hold the role now. */
  holders: string[];
  /** The season's winners (names), whether or not the move worked. */
  winners: string[];
  /** What stopped the whole move. */
  failure?: RoleFailure;
  /** Members the role could not be moved for, by reason. */
  failed: { move: 'add' | 'remove'; names: string[]; failure: RoleFailure }[];
}

/** A member the platform would not move the role for. */
type RefusedMove = Extract<RoleMoveResult, { ok: true }>['failed'][number];

const reasonText: Record<RoleFailureReason, MessageId> = {
  unsupported: 'reward.unsupported',
  'no-permission': 'reward.noPermission',
  'role-too-high': 'reward.roleTooHigh',
  'role-managed': 'reward.roleManaged',
  'role-gone': 'reward.roleGone',
  'member-gone': 'reward.memberGone',
  unreachable: 'reward.unreachable',
  other: 'reward.other',
};

/** Why a role could not be handed out, in the admin's words, with the platform's detail after it. */
export function roleFailureText(f: RoleFailure): Text {
  const reason = msg(reasonText[f.reason], { settings: { command: 'settings' } });
  return f.detail && f.reason !== 'member-gone' ? msg('delivery.withDetail', { reason, detail: raw(f.detail) }) : reason;
}

/** The lines the final board ends with: who got the role, and what went wrong. */
export function rewardLines(s: SeasonRow): Text[] {
  if (!s.reward_outcome) return [];
  const o = readJson<RewardOutcome>(s.reward_outcome);
  const role = { role: o.roleId };
  if (o.failure) return [msg('reward.failed', { role, reason: roleFailureText(o.failure) })];
  const lines: Text[] = [o.holders.length ? msg('reward.given', { role, names: { list: o.holders.map(raw) } }) : msg('reward.nobody', { role })];
  for (const f of o.failed) lines.push(msg(f.move === 'add' ? 'reward.failedGive' : 'reward.failedTake', { role, names: { list: f.names.map(raw) }, reason: roleFailureText(f.failure) }));
  return lines;
}

/**
 * Moves the workspace's reward role from the members who hold it to the season's top N,
 * once: the move is claimed in the database first, so a restart or a second process
 * never moves it again. The winners are recorded as holders with the claim, before the
 * platform is asked, and struck off when it refuses: after a crash in the middle of the
 * move, the next season takes the role from everyone it may have reached (taking a role
 * from a member without it is harmless). Former holders are struck off as the platform
 * confirms each removal, so a removal it never confirmed is tried again next season.
 */
export async function rewardSeason(ctx: EngineContext, s: SeasonRow, ref: WorkspaceRef, boardSpan: { from: number; to: number }): Promise<void> {
  const chosen = ctx.store.settings.get(s.workspace_id);
  const roleId = chosen.rewardRoleId;
  const unsupported: RoleMoveResult = { ok: false, failure: { reason: 'unsupported', detail: '' } };
  const move = (role: string, moves: RoleMoves): Promise<RoleMoveResult> => ctx.d.poster.setRewardRole?.(ref, role, moves) ?? Promise.resolve(unsupported);
  const held = ctx.store.rewards.holders(s.workspace_id);
  if (!roleId) {
    // Rewards turned off: last season's winners give the role back.
    await takeBackOldRoles(ctx, s, held, undefined, move);
    return;
  }
  const top = ctx.store.seasons.top(s.workspace_id, boardSpan.from, boardSpan.to, '*', chosen.rewardTop ?? DEFAULT_REWARD_TOP).filter((r) => r.points > 0);
  const winners = ctx.store.rewards.members(top.map((r) => r.user_id));
  const byExternal = new Map(winners.map((w) => [w.external_id, w]));
  const nameOf = new Map([...held.map((h) => [h.external_id, h.name] as const), ...winners.map((w) => [w.external_id, w.name] as const)]);
  const outcome: RewardOutcome = { roleId, holders: [], winners: top.map((r) => r.name), failed: [] };
  const failedBy = new Map<string, RewardOutcome['failed'][number]>();
  const noteFailure = (userId: string, move: 'add' | 'remove', failure: RoleFailure) => {
    const key = `${move}\u0000${failure.reason}\u0000${failure.detail}`;
    const entry = failedBy.get(key) ?? { move, names: [], failure };
    entry.names.push(nameOf.get(userId) ?? userId);
    failedBy.set(key, entry);
  };

  for (const f of await takeBackOldRoles(ctx, s, held, roleId, move)) noteFailure(f.userId, f.move, f.failure);

  const current = held.filter((h) => h.role_id === roleId);
  const newcomers = winners.filter((w) => !current.some((h) => h.user_id === w.user_id));
  const add = newcomers.map((w) => w.external_id);
  const remove = current.filter((h) => !byExternal.has(h.external_id)).map((h) => h.external_id);
  const claimed = ctx.store.txImmediate(() => {
    if (!ctx.store.seasons.claimReward(s.id, ctx.now())) return false;
    for (const w of newcomers) ctx.store.rewards.give(s.workspace_id, w.user_id, roleId, s.id);
    return true;
  });
  if (!claimed) return;
  const nothing: RoleMoveResult = { ok: true, added: [], removed: [], failed: [] };
  const r = add.length || remove.length ? await move(roleId, { add, remove }) : nothing;
  if (!r.ok) {
    outcome.failure = r.failure;
    ctx.d.logger.warn({ season: s.id, role: roleId, failure: r.failure }, 'reward role not moved');
    ctx.store.tx(() => {
      for (const w of newcomers) ctx.store.rewards.take(s.workspace_id, w.user_id, roleId);
    });
  } else {
    ctx.store.tx(() => {
      for (const h of current) if (r.removed.includes(h.external_id)) ctx.store.rewards.take(s.workspace_id, h.user_id, roleId);
      for (const w of winners) {
        const kept = current.some((h) => h.user_id === w.user_id);
        if (kept) ctx.store.rewards.give(s.workspace_id, w.user_id, roleId, s.id);
        else if (!r.added.includes(w.external_id)) ctx.store.rewards.take(s.workspace_id, w.user_id, roleId);
      }
    });
    for (const f of r.failed) noteFailure(f.userId, f.move, f.failure);
    const holding = new Set(ctx.store.rewards.holders(s.workspace_id).filter((h) => h.role_id === roleId).map((h) => h.user_id));
    outcome.holders = top.filter((t) => holding.has(t.user_id)).map((t) => t.name);
  }
  outcome.failed = [...failedBy.values()];
  ctx.store.seasons.saveRewardOutcome(s.id, toJson(outcome));
}

/**
 * Takes every reward role but `current` (one an admin has since replaced, or every one
 * when rewards were turned off) from its holders; returns the members the platform
 * refused. A role the platform cannot move at all stays recorded, to try again next season.
 */
async function takeBackOldRoles(
  ctx: EngineContext,
  s: SeasonRow,
  held: readonly RewardHolder[],
  current: string | undefined,
  move: (role: string, moves: RoleMoves) => Promise<RoleMoveResult>,
): Promise<RefusedMove[]> {
  const refused: RefusedMove[] = [];
  for (const old of new Set(held.filter((h) => h.role_id !== current).map((h) => h.role_id))) {
    const holders = held.filter((h) => h.role_id === old);
    const r = await move(old, { add: [], remove: holders.map((h) => h.external_id) });
    if (!r.ok) {
      ctx.d.logger.warn({ season: s.id, role: old, failure: r.failure }, 'old reward role not taken back');
      continue;
    }
    ctx.store.tx(() => {
      for (const h of holders) if (r.removed.includes(h.external_id)) ctx.store.rewards.take(s.workspace_id, h.user_id, old);
    });
    refused.push(...r.failed);
  }
  return refused;
}
