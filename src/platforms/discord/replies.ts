import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, RepliableInteraction } from 'discord.js';
import type { Reply } from '../../engine/types.ts';
import { drawReplyImage } from '../../images/drawReplyImage.ts';
import { shorten } from '../text.ts';
import { limits } from './limits.ts';
import { renderReply } from './render.ts';
import type { DiscordMessage } from './render.ts';

function toOptions(m: DiscordMessage) {
  return { embeds: m.embeds, components: m.components, allowedMentions: m.allowed_mentions, ...(m.files ? { files: m.files } : {}) };
}

/**
 * The messages of a reply. A reply asked for as a picture is one message with the PNG attached
 * in place of its embeds, the text version as the attachment's description (what screen readers read).
 */
function messagesOf(reply: Reply): DiscordMessage[] {
  const picture = drawReplyImage(reply);
  const rendered = renderReply(reply);
  if (!picture) return rendered;
  const last = rendered[rendered.length - 1]!;
  return [{ ...last, embeds: [], files: [{ attachment: picture.png, name: picture.fileName, description: shorten(picture.alt, limits.attachmentDescription) }] }];
}

/**
 * Sends a reply however far the interaction got: a first response, an edit of
 * the deferred "thinking" message (or, when its visibility differs, a
 * replacement), and follow-ups for the rest of a split reply.
 */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const [first, ...rest] = messagesOf(reply);
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

/**
 * Shows a reply in place of the message whose button was clicked (another page of a
 * private list), with follow-ups for the rest of a split reply.
 */
export async function replaceReply(interaction: ButtonInteraction, reply: Reply): Promise<void> {
  const [first, ...rest] = renderReply(reply);
  const flags = reply.visibility === 'private' ? MessageFlags.Ephemeral : undefined;
  await interaction.update(toOptions(first!));
  for (const m of rest) await interaction.followUp({ ...toOptions(m), flags });
}
