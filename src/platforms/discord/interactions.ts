import { MessageFlags } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { QuizEngine } from '../../engine/api.ts';
import type { Caller, Reply, Shown } from '../../engine/types.ts';
import { isUserError, UserError } from '../../engine/errors.ts';
import { type Locale, pickLocale } from '../../i18n/locales.ts';
import { callerOf } from './caller.ts';
import type { Command } from './command.ts';
import { onButton, onModalSubmit } from './components.ts';
import { downloadFile } from './download.ts';
import { messages } from './messages.ts';
import { sendReply } from './replies.ts';

export interface InteractionDeps {
  engine: QuizEngine;
  logger: Logger;
  commands: readonly Command[];
}

const privateNote = (body: Shown, kind: Reply['kind'] = 'error'): Reply => ({ visibility: 'private', kind, body });

/** Routes each interaction to one engine call and renders the result; the one error handler of the adapter. */
export function createInteractionHandler({ engine, logger, commands }: InteractionDeps) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  async function handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      await interaction.respond(command?.autocomplete?.({ interaction, engine }) ?? []);
      return;
    }
    if (!interaction.isRepliable()) return;
    const caller: Caller = callerOf(interaction);

    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) throw new UserError('unknown-command', messages.unknownCommand);
      const reply = await command.run({
        interaction,
        caller,
        engine,
        defer: async (visibility) => {
          await interaction.deferReply(visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {});
        },
        download: (file) => downloadFile(file),
      });
      await sendReply(interaction, reply);
    } else if (interaction.isButton()) {
      await onButton(interaction, caller, engine);
    } else if (interaction.isModalSubmit()) {
      await onModalSubmit(interaction, caller, engine);
    }
  }

  /** The language the engine speaks to this member; their client's when the engine cannot tell (outside a server). */
  function memberLocale(interaction: Interaction): Locale {
    try {
      return engine.localeOf(callerOf(interaction));
    } catch {
      return pickLocale(interaction.locale);
    }
  }

  return async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      await handle(interaction);
    } catch (error) {
      const expected = isUserError(error);
      if (!expected) logger.error({ err: error, interaction: describe(interaction) }, 'Discord interaction failed');
      if (!interaction.isRepliable()) {
        if (interaction.isAutocomplete() && !interaction.responded) await interaction.respond([]).catch(() => undefined);
        return;
      }
      // The engine says which language its errors are in; the adapter's own are in the member's.
      const locale = (expected && error.locale) || memberLocale(interaction);
      const reply = { ...privateNote(expected ? error.text : messages.apology), locale };
      await sendReply(interaction, reply).catch((err: unknown) =>
        logger.warn({ err, interaction: describe(interaction) }, 'Could not tell the user about an error'),
      );
    }
  };
}

/** What to log about an interaction: enough to find it, no user text and no token. */
function describe(i: Interaction) {
  return {
    id: i.id,
    type: i.type,
    command: i.isCommand() || i.isAutocomplete() ? i.commandName : undefined,
    subcommand: i.isChatInputCommand() || i.isAutocomplete() ? (i.options.getSubcommand(false) ?? undefined) : undefined,
    customId: i.isMessageComponent() || i.isModalSubmit() ? i.customId : undefined,
    guildId: i.guildId,
    channelId: i.channelId,
    userId: i.user.id,
  };
}
