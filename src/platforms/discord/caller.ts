import { PermissionFlagsBits } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { Caller } from '../../engine/types.ts';
import { UserError } from '../../engine/errors.ts';
import { messages } from './messages.ts';

/**
 * Who is asking, from the interaction payload. Admin means Manage Server (or
 * Administrator, which implies it) in the member's resolved permissions. The
 * locale is the member's Discord client language, sent with every interaction.
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
  };
}
