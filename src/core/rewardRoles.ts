/**
 * Why a platform could not give or take a season's reward role, in terms an admin
 * can act on. Each adapter that has roles maps its own errors to one of these; the
 * engine words them.
 */
export const roleFailureReasons = [
  /** The platform has no roles (Slack, the playground). */
  'unsupported',
  /** The bot lacks the permission to manage roles. */
  'no-permission',
  /** The role is as high as the bot's highest role, or higher: the bot may not hand it out. */
  'role-too-high',
  /** The role is managed by an integration or is everyone's: nobody can hand it out. */
  'role-managed',
  /** The role was deleted. */
  'role-gone',
  /** The member left the server. */
  'member-gone',
  /** The platform could not be reached, or failed on its side. */
  'unreachable',
  'other',
] as const;

export type RoleFailureReason = (typeof roleFailureReasons)[number];

/** A refused role change as recorded and shown: the reason and the platform's own detail (status, code). */
export interface RoleFailure {
  reason: RoleFailureReason;
  detail: string;
}

/** Members to give the role to and to take it from, by their platform ids. */
export interface RoleMoves {
  add: readonly string[];
  remove: readonly string[];
}

/**
 * What came of moving a role: who has it now and who no longer has it, and each
 * member it could not be moved for; or the failure that stopped it all.
 */
export type RoleMoveResult =
  | { ok: true; added: string[]; removed: string[]; failed: { userId: string; move: 'add' | 'remove'; failure: RoleFailure }[] }
  | { ok: false; failure: RoleFailure };
