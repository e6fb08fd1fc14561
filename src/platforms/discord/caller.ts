import { PermissionFlagsBits } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { Caller } from '../../engine/types.ts';
import { UserError } from '../../engine/errors.ts';
import { messages } from './messages.ts';

/**
 * The member's roles, for the engine's reviewer-role check. Every member has the server's
 * @everyone role (its id is the server's), so choosing that role lets everyone review.
 */
function roleIdsOf(interaction: Interaction & { guildId: string }): string[] {
  const roles = interaction.member?.roles;
  if (!roles) return [interaction.guildId];
  const ids = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return [...new Set([interaction.guildId, ...ids])];
}

/**
 * Who is asking, from the interaction payload. Admin means Manage Server (or
 * Administrator, which implies it) in the member's resolved permissions. The
 * locale is the member's Discord client language, sent with every interaction;
 * the role ids say whether the member holds the server's reviewer role.
 */
export function callerOf(interaction: Interaction): Caller {
  if (!interaction.guildId || !interaction.channelId) throw new UserError('guild-only', messages.guildOnly);
  const member = interaction.member;
  const displayName =
    member && 'displayName' in member ? member.displayName : (member?.nick ?? interaction.user.globalName ?? interaction.user.username);
  return {
    platform: 'discord',
    workspaceId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    userName: displayName,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    locale: interaction.locale,
    roleIds: roleIdsOf(interaction as Interaction & { guildId: string }),
  };
}
