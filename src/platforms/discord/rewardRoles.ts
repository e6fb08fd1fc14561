import { DiscordAPIError, HTTPError, PermissionFlagsBits, RateLimitError, Routes } from 'discord.js';
import type { APIGuildMember, APIRole, APIUser, REST } from 'discord.js';
import type { RoleFailure, RoleMoveResult, RoleMoves } from '../../core/rewardRoles.ts';
import { networkCode } from '../networkCode.ts';

const unknownMember = 10007;
const unknownRole = 10011;

/** A REST failure while changing roles, as a reason the engine words. */
export function roleFailureOf(error: unknown): RoleFailure {
  if (error instanceof RateLimitError) return { reason: 'unreachable', detail: `Discord: HTTP 429, retry after ${error.retryAfter} ms` };
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const code = error instanceof DiscordAPIError && error.code !== 0 ? error.code : undefined;
    const detail = `Discord: HTTP ${error.status}${code === undefined ? '' : `, code ${code}`}`;
    if (code === unknownRole) return { reason: 'role-gone', detail };
    if (code === unknownMember) return { reason: 'member-gone', detail };
    if (error.status === 403) return { reason: 'no-permission', detail };
    if (error.status >= 500) return { reason: 'unreachable', detail };
    return { reason: 'other', detail };
  }
  return { reason: 'unreachable', detail: `Discord: ${networkCode(error)}` };
}

/**
 * Season reward roles on a Discord server: whether the bot may hand a role out
 * (Manage Roles, and the role below the bot's highest), and moving it between
 * members with PUT/DELETE /guilds/{g}/members/{u}/roles/{r}.
 */
export class DiscordRewardRoles {
  private botId: string | undefined;

  constructor(private readonly rest: REST) {}

  /** Why the bot may not hand out the role, as Discord decides it, or undefined when it may. */
  async check(guildId: string, roleId: string): Promise<RoleFailure | undefined> {
    let roles: APIRole[];
    let me: APIGuildMember;
    try {
      this.botId ??= ((await this.rest.get(Routes.user('@me'))) as APIUser).id;
      [roles, me] = await Promise.all([this.rest.get(Routes.guildRoles(guildId)) as Promise<APIRole[]>, this.rest.get(Routes.guildMember(guildId, this.botId)) as Promise<APIGuildMember>]);
    } catch (error) {
      return roleFailureOf(error);
    }
    const role = roles.find((r) => r.id === roleId);
    if (!role) return { reason: 'role-gone', detail: 'Discord: no such role' };
    if (role.managed || role.id === guildId) return { reason: 'role-managed', detail: role.managed ? 'Discord: managed role' : 'Discord: @everyone' };
    const mine = roles.filter((r) => r.id === guildId || me.roles.includes(r.id));
    const perms = mine.reduce((p, r) => p | BigInt(r.permissions), 0n);
    if (!(perms & (PermissionFlagsBits.ManageRoles | PermissionFlagsBits.Administrator))) return { reason: 'no-permission', detail: 'Discord: no Manage Roles' };
    // Discord lets a member manage only roles strictly below their highest one.
    const highest = Math.max(...mine.map((r) => r.position));
    if (role.position >= highest) return { reason: 'role-too-high', detail: `Discord: role position ${role.position}, bot's highest ${highest}` };
    return undefined;
  }

  /**
   * Takes the role from `remove` and gives it to `add`. A member who left counts as
   * removed. A refusal before anything changed stops it all, with the reason checked
   * again (a 403 may mean the permission or the role's place in the list).
   */
  async move(guildId: string, roleId: string, moves: RoleMoves): Promise<RoleMoveResult> {
    const checked = await this.check(guildId, roleId);
    if (checked) return { ok: false, failure: checked };
    const done: { added: string[]; removed: string[]; failed: { userId: string; move: 'add' | 'remove'; failure: RoleFailure }[] } = { added: [], removed: [], failed: [] };
    const steps = [...moves.remove.map((u) => ({ userId: u, move: 'remove' as const })), ...moves.add.map((u) => ({ userId: u, move: 'add' as const }))];
    for (const [i, step] of steps.entries()) {
      try {
        const route = Routes.guildMemberRole(guildId, step.userId, roleId);
        await (step.move === 'add' ? this.rest.put(route) : this.rest.delete(route));
        (step.move === 'add' ? done.added : done.removed).push(step.userId);
      } catch (error) {
        const failure = roleFailureOf(error);
        if (failure.reason === 'member-gone' && step.move === 'remove') {
          done.removed.push(step.userId);
          continue;
        }
        if (failure.reason === 'member-gone') {
          done.failed.push({ ...step, failure });
          continue;
        }
        // Refused for the role as a whole: the rest would be refused too.
        const why = failure.reason === 'no-permission' ? ((await this.check(guildId, roleId)) ?? failure) : failure;
        if (!done.added.length && !done.removed.length) return { ok: false, failure: why };
        for (const rest of steps.slice(i)) done.failed.push({ ...rest, failure: why });
        break;
      }
    }
    return { ok: true, ...done };
  }
}
