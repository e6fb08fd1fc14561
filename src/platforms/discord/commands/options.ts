import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandBasicOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DECK_NAME_MAX } from '../../../core/validate.ts';
import type { MessageId } from '../../../i18n/messageIds.ts';
import { described, named } from '../commandLocales.ts';

/** Every command is used inside a server the bot was added to. */
export const guildOnly: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'contexts' | 'integration_types'> = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** Hides a command from members without Manage Server by default; the engine checks again. */
export const manageServer = PermissionFlagsBits.ManageGuild.toString();

export const deckOption = (description: MessageId, required = false): APIApplicationCommandBasicOption => ({
  type: ApplicationCommandOptionType.String,
  ...named('deck'),
  ...described(description),
  required,
  autocomplete: true,
  max_length: DECK_NAME_MAX,
});
