/**
 * The stand-in's roles of its server: the role list with positions and permissions,
 * members' roles, and adding and removing a member's role the way Discord checks it
 * (Manage Roles, and only roles below the bot's highest).
 */
import { snowflake } from './payloads.ts';

const MANAGE_ROLES = 1n << 28n;
const missingPermissions = { status: 403, json: { message: 'Missing Permissions', code: 50013 } };

interface StandInRole {
  id: string;
  name: string;
  position: number;
  permissions: bigint;
  managed: boolean;
}

export class GuildRoles {
  /** The bot's own role, above the reward role, with Manage Roles. */
  readonly botRoleId = snowflake();
  /** A role to reward a season's winners with. */
  readonly championRoleId = snowflake();
  /** Members' role ids by member id (the bot's own included). */
  readonly memberRoles = new Map<string, Set<string>>();
  /** Members who left the server. */
  readonly left = new Set<string>();
  private readonly roles: StandInRole[];

  constructor(
    private readonly guildId: string,
    private readonly botId: string,
    extra: { id: string; name: string }[],
  ) {
    this.roles = [
      { id: guildId, name: '@everyone', position: 0, permissions: 0n, managed: false },
      ...extra.map((r, i) => ({ ...r, position: i + 1, permissions: 0n, managed: false })),
      { id: this.championRoleId, name: 'Champions', position: extra.length + 1, permissions: 0n, managed: false },
      { id: this.botRoleId, name: 'quizbot', position: extra.length + 2, permissions: MANAGE_ROLES, managed: true },
    ];
    this.memberRoles.set(botId, new Set([this.botRoleId]));
  }

  /** Members holding a role now. */
  holders(roleId: string): string[] {
    return [...this.memberRoles].filter(([id, roles]) => id !== this.botId && roles.has(roleId)).map(([id]) => id);
  }

  /** Takes Manage Roles from the bot's role, or gives it back. */
  setBotManagesRoles(on: boolean): void {
    this.role(this.botRoleId)!.permissions = on ? MANAGE_ROLES : 0n;
  }

  /** Moves a role to a position in the list (higher is more powerful). */
  setPosition(roleId: string, position: number): void {
    this.role(roleId)!.position = position;
  }

  /** Answers the role routes; undefined for any other route. */
  route(method: string, path: string): { status: number; json?: unknown } | undefined {
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/guilds\/(\d+)\/roles$/)) && method === 'GET') {
      if (m[1] !== this.guildId) return { status: 404, json: { message: 'Unknown Guild', code: 10004 } };
      return { status: 200, json: this.roles.map((r) => this.api(r)) };
    }
    if ((m = path.match(/^\/guilds\/(\d+)\/members\/(\d+)$/)) && method === 'GET') {
      if (m[1] !== this.guildId) return { status: 404, json: { message: 'Unknown Guild', code: 10004 } };
      if (this.left.has(m[2]!)) return { status: 404, json: { message: 'Unknown Member', code: 10007 } };
      const roles = [...(this.memberRoles.get(m[2]!) ?? [])];
      return { status: 200, json: { user: { id: m[2], username: `member-${m[2]}`, discriminator: '0', avatar: null }, roles, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } };
    }
    if ((m = path.match(/^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/)) && (method === 'PUT' || method === 'DELETE')) {
      const [, guildId, memberId, roleId] = m as unknown as [string, string, string, string];
      if (guildId !== this.guildId) return { status: 404, json: { message: 'Unknown Guild', code: 10004 } };
      const role = this.role(roleId);
      if (!role) return { status: 404, json: { message: 'Unknown Role', code: 10011 } };
      if (this.left.has(memberId)) return { status: 404, json: { message: 'Unknown Member', code: 10007 } };
      if (!this.botMayManage(role)) return missingPermissions;
      const roles = this.memberRoles.get(memberId) ?? new Set<string>();
      if (method === 'PUT') roles.add(roleId);
      else roles.delete(roleId);
      this.memberRoles.set(memberId, roles);
      return { status: 204 };
    }
    return undefined;
  }

  private role(id: string): StandInRole | undefined {
    return this.roles.find((r) => r.id === id);
  }

  private botMayManage(role: StandInRole): boolean {
    const mine = this.roles.filter((r) => r.id === this.guildId || this.memberRoles.get(this.botId)?.has(r.id));
    const perms = mine.reduce((p, r) => p | r.permissions, 0n);
    const top = Math.max(...mine.map((r) => r.position));
    return (perms & MANAGE_ROLES) !== 0n && role.position < top && !role.managed && role.id !== this.guildId;
  }

  private api(r: StandInRole) {
    return { id: r.id, name: r.name, color: 0, hoist: false, position: r.position, permissions: r.permissions.toString(), managed: r.managed, mentionable: false, flags: 0 };
  }
}
