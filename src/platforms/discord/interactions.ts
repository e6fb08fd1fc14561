import { ComponentType, MessageFlags, TextInputStyle } from 'discord.js';
import type { APIModalInteractionResponseCallbackData, Interaction, RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { QuizEngine } from '../../engine/api.ts';
import type { Caller, Reply, Shown } from '../../engine/types.ts';
import { isUserError, UserError } from '../../engine/errors.ts';
import { type Locale, pickLocale } from '../../i18n/locales.ts';
import { renderText } from '../../i18n/renderText.ts';
import { callerOf } from './caller.ts';
import type { Command } from './command.ts';
import { downloadText } from './download.ts';
import { shorten } from '../text.ts';
import { limits } from './limits.ts';
import { discordFormat } from './discordFormat.ts';
import { label, messages } from './messages.ts';
import { renderReply } from './render.ts';
import type { DiscordMessage } from './render.ts';

export const answerButtonPrefix = 'answer:';
export const answerModalPrefix = 'answer-modal:';
const answerInputId = 'answer';

export interface InteractionDeps {
  engine: QuizEngine;
  logger: Logger;
  commands: readonly Command[];
}

const privateNote = (body: Shown, kind: Reply['kind'] = 'error'): Reply => ({ visibility: 'private', kind, body });

/** Parses the round id out of `answer:42` / `answer-modal:42`. */
function roundIdOf(customId: string, prefix: string): number | undefined {
  if (!customId.startsWith(prefix)) return undefined;
  const id = Number(customId.slice(prefix.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * The modal an Answer button opens: the question title, the full question as
 * text, and one paragraph input (Discord's Label + Text Display modal layout),
 * in the language of the member who opens it.
 */
export function answerModal(roundId: number, title: Shown, prompt: Shown, locale: Locale): APIModalInteractionResponseCallbackData {
  const yourAnswer = label('discord.answerLabel', locale);
  return {
    custom_id: `${answerModalPrefix}${roundId}`,
    title: shorten(renderText(title, locale, discordFormat) || yourAnswer, limits.modalTitle),
    components: [
      { type: ComponentType.TextDisplay, content: shorten(renderText(prompt, locale, discordFormat), limits.textDisplay, label('discord.shortened', locale)) },
      {
        type: ComponentType.Label,
        label: shorten(yourAnswer, limits.textInputLabel),
        component: {
          type: ComponentType.TextInput,
          custom_id: answerInputId,
          style: TextInputStyle.Paragraph,
          required: true,
          max_length: limits.textInputValue,
        },
      },
    ],
  };
}

function toOptions(m: DiscordMessage) {
  return { embeds: m.embeds, components: m.components, allowedMentions: m.allowed_mentions };
}

/**
 * Sends a reply however far the interaction got: a first response, an edit of
 * the deferred "thinking" message (or, when its visibility differs, a
 * replacement), and follow-ups for the rest of a split reply.
 */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const [first, ...rest] = renderReply(reply);
  const ephemeral = reply.visibility === 'private';
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) {
    if (Boolean(interaction.ephemeral) === ephemeral) {
      await interaction.editReply(toOptions(first!));
    } else {
      await interaction.deleteReply();
      await interaction.followUp({ ...toOptions(first!), flags });
    }
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ ...toOptions(first!), flags });
  } else {
    await interaction.reply({ ...toOptions(first!), flags });
  }
  for (const m of rest) await interaction.followUp({ ...toOptions(m), flags });
}

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
        download: (file) => downloadText(file),
      });
      await sendReply(interaction, reply);
    } else if (interaction.isButton()) {
      const roundId = roundIdOf(interaction.customId, answerButtonPrefix);
      if (roundId === undefined) throw new UserError('unknown-button', messages.unknownButton);
      const prompt = engine.answerPrompt(caller, roundId);
      if (prompt.open) await interaction.showModal(answerModal(prompt.roundId, prompt.title, prompt.prompt, prompt.locale ?? engine.localeOf(caller)));
      else await sendReply(interaction, prompt.reply);
    } else if (interaction.isModalSubmit()) {
      const roundId = roundIdOf(interaction.customId, answerModalPrefix);
      if (roundId === undefined) throw new UserError('unknown-button', messages.unknownButton);
      const text = interaction.fields.getTextInputValue(answerInputId);
      await sendReply(interaction, engine.answer(caller, text, roundId));
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
