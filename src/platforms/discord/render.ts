import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { RenderedReply, Reply, ReplyButton } from '../../engine/types.ts';
import { localizeReply } from '../../i18n/localizeReply.ts';
import { discordFormat } from './discordFormat.ts';
import { shorten, splitText } from '../text.ts';
import { limits } from './limits.ts';
import { parseButtonId } from '../buttonIds.ts';
import { label } from './messages.ts';

/** One Discord message as the REST API takes it (snake_case JSON). */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Never ping anyone: replies may quote what users wrote. */
  allowed_mentions: { parse: [] };
  /** `MessageFlags.Ephemeral` for private replies. */
  flags?: number;
  /** A picture of the reply (stats card, leaderboard), sent as a multipart attachment. */
  files?: { attachment: Buffer; name: string; description: string }[];
}

const colors: Record<Reply['kind'], number> = {
  question: 0x5865f2,
  feedback: 0x57f287,
  reveal: 0xfee75c,
  leaderboard: 0xeb459e,
  stats: 0x3ba55c,
  deck: 0x99aab5,
  daily: 0x5865f2,
  help: 0x99aab5,
  info: 0x99aab5,
  error: 0xed4245,
};

/** Characters Discord counts toward the 6000 per-message embed budget. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** `<t:unix:R> (<t:unix:f>)`: a relative and an absolute time, shown in each reader's own timezone. */
export function discordTimestamp(ms: number): string {
  const unix = Math.floor(ms / 1000);
  return `<t:${unix}:R> (<t:${unix}:f>)`;
}

function fieldsOf(reply: RenderedReply): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const shortened = label('discord.shortened', reply.locale ?? 'en');
  for (const f of reply.fields ?? []) {
    // A long field value (a model answer in practice feedback) becomes several fields with a
    // blank-looking continuation name, and shows at most what a description would.
    const shown = shorten(f.value || '-', limits.embedDescription, shortened);
    splitText(shown, limits.fieldValue).forEach((value, i) => {
      fields.push({ name: shorten(i === 0 ? f.name || '\u200b' : '\u200b', limits.fieldName), value });
    });
  }
  if (reply.closesAt !== undefined) fields.push({ name: label('discord.closes', reply.locale ?? 'en'), value: discordTimestamp(reply.closesAt) });
  return fields;
}

/** Verdicts in the colours reviewers expect; Answer stands out; appeals and paging stay quiet. */
function styleOf(id: string): ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger {
  const action = parseButtonId(id);
  if (action?.kind === 'review') return action.verdict === 'correct' ? ButtonStyle.Success : action.verdict === 'incorrect' ? ButtonStyle.Danger : ButtonStyle.Primary;
  return action?.kind === 'answer' || action === undefined ? ButtonStyle.Primary : ButtonStyle.Secondary;
}

function buttonRows(buttons: ReplyButton<string>[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const usable = buttons.slice(0, limits.buttonsPerRow * limits.rowsPerMessage);
  for (let i = 0; i < usable.length; i += limits.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: usable.slice(i, i + limits.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        style: styleOf(b.id),
        custom_id: b.id.slice(0, limits.customId),
        label: shorten(b.label, limits.buttonLabel),
      })),
    });
  }
  return rows;
}

/** Kinds whose body is one deck text (a prompt, a model answer): shortened to one embed rather than split. */
const deckTextKinds = new Set<Reply['kind']>(['question', 'reveal']);

/** Builds the embeds: the body split at the description limit, then the fields, the footer last. */
function embedsOf(reply: RenderedReply): APIEmbed[] {
  const color = colors[reply.kind];
  const body = deckTextKinds.has(reply.kind)
    ? [shorten(reply.body.trim(), limits.embedDescription, label('discord.shortened', reply.locale ?? 'en'))]
    : splitText(reply.body, limits.embedDescription);
  const embeds: APIEmbed[] = body.filter(Boolean).map((description) => ({ color, description }));
  if (embeds.length === 0) embeds.push({ color });
  const first = embeds[0]!;
  if (reply.title) first.title = shorten(reply.title, limits.embedTitle);

  const footer = reply.footer ? shorten(reply.footer, limits.footerText) : undefined;
  const footerLength = footer?.length ?? 0;
  let current = embeds[embeds.length - 1]!;
  for (const field of fieldsOf(reply)) {
    const count = current.fields?.length ?? 0;
    const size = embedLength(current) + field.name.length + field.value.length + footerLength;
    if (count >= limits.embedFields || size > limits.embedsTotal) {
      current = { color };
      embeds.push(current);
    }
    (current.fields ??= []).push(field);
  }
  if (footer) current.footer = { text: footer };
  return embeds;
}

/**
 * Renders an engine reply as one or more Discord messages: at most 10 embeds
 * and 6000 embed characters each, buttons on the last one, no mentions.
 */
export function renderReply(message: Reply): DiscordMessage[] {
  const reply = localizeReply(message, discordFormat);
  const flags = reply.visibility === 'private' ? MessageFlags.Ephemeral : undefined;
  const make = (): DiscordMessage => ({ embeds: [], components: [], allowed_mentions: { parse: [] }, ...(flags ? { flags } : {}) });
  const out: DiscordMessage[] = [make()];
  let used = 0;
  for (const embed of embedsOf(reply)) {
    let msg = out[out.length - 1]!;
    const size = embedLength(embed);
    if (msg.embeds.length >= limits.embedsPerMessage || (msg.embeds.length > 0 && used + size > limits.embedsTotal)) {
      msg = make();
      out.push(msg);
      used = 0;
    }
    msg.embeds.push(embed);
    used += size;
  }
  out[out.length - 1]!.components = buttonRows(reply.buttons ?? []);
  return out;
}
