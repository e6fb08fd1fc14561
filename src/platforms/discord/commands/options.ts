import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandBasicOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Every command is used inside a server the bot was added to. */
export const guildOnly: Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'contexts' | 'integration_types'> = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** Hides a command from members without Manage Server by default; the engine checks again. */
export const manageServer = PermissionFlagsBits.ManageGuild.toString();

export const deckOption = (description: string, required = false): APIApplicationCommandBasicOption => ({
  type: ApplicationCommandOptionType.String,
  name: 'deck',
  description,
  required,
  autocomplete: true,
  max_length: 100,
});
