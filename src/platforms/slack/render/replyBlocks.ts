import type { types } from '@slack/bolt';
import type { RenderedReply, Reply } from '../../../engine/types.ts';
import { localizeReply } from '../../../i18n/localizeReply.ts';
import { slackFormat } from './slackFormat.ts';
import { slackWords } from '../slackWords.ts';
import { shorten, splitText } from '../../text.ts';
import { parseButtonId } from '../../buttonIds.ts';
import { escapeSlack, slackTokens, toMrkdwn, toPlain } from './mrkdwn.ts';

type KnownBlock = types.KnownBlock;
type ActionsBlock = types.ActionsBlock;
type Button = types.Button;
type SectionBlock = types.SectionBlock;

/** Slack's documented limits, and a total size per message well under what Slack enforces. */
export const slackLimits = {
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  headerText: 150,
  buttonText: 75,
  buttonsPerActions: 25,
  blocksPerMessage: 50,
  /** Serialized blocks per message; Slack rejects messages well below the sum of the block limits. */
  messageChars: 10_000,
  fallbackText: 300,
};
export type SlackLimits = typeof slackLimits;

/** One `chat.postMessage`-shaped message: blocks plus the notification fallback text. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });

/** The reply's blocks in reading order, before splitting into messages. */
export function replyBlocks(message: Reply, limits: SlackLimits = slackLimits): KnownBlock[] {
  return blocksOf(localizeReply(message, slackFormat), limits);
}

function blocksOf(reply: RenderedReply, limits: SlackLimits): KnownBlock[] {
  const locale = reply.locale ?? 'en';
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: shorten(toPlain(reply.title), limits.headerText) } });
  }
  for (const piece of bodyPieces(reply, limits)) blocks.push({ type: 'section', text: mrkdwn(piece) });
  blocks.push(...fieldBlocks(reply, limits));
  const context: string[] = [];
  if (reply.closesAt !== undefined) context.push(slackWords('slack.closes', locale, { date: { date: reply.closesAt } }));
  if (reply.footer) context.push(toMrkdwn(reply.footer));
  if (context.length > 0) {
    for (const piece of splitText(context.join('  ·  '), limits.sectionText, slackTokens)) {
      blocks.push({ type: 'context', elements: [mrkdwn(piece)] });
    }
  }
  blocks.push(...buttonBlocks(reply, limits));
  return blocks;
}

/** Kinds whose body is one deck text (a prompt, a model answer): shortened to one section rather than split. */
const deckTextKinds = new Set<Reply['kind']>(['question', 'reveal']);

function bodyPieces(reply: RenderedReply, limits: SlackLimits): string[] {
  const text = toMrkdwn(reply.body);
  if (!deckTextKinds.has(reply.kind)) return splitText(text, limits.sectionText, slackTokens);
  const shown = shorten(text.trim(), limits.sectionText, slackWords('slack.shortened', reply.locale ?? 'en'), slackTokens);
  return shown ? [shown] : [];
}

function fieldBlocks(reply: RenderedReply, limits: SlackLimits): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let fields: SectionBlock['fields'] & object = [];
  const flush = () => {
    if (fields.length > 0) blocks.push({ type: 'section', fields });
    fields = [];
  };
  for (const f of reply.fields ?? []) {
    const text = `*${toMrkdwn(f.name).replace(/\*/g, '')}*\n${toMrkdwn(f.value)}`;
    if (text.length <= limits.fieldText) {
      fields.push(mrkdwn(text));
      if (fields.length === limits.fieldsPerSection) flush();
      continue;
    }
    // Too long for a field (a model answer in practice feedback): a full-width section of its own.
    flush();
    blocks.push({ type: 'section', text: mrkdwn(shorten(text, limits.sectionText, slackWords('slack.shortened', reply.locale ?? 'en'), slackTokens)) });
  }
  flush();
  return blocks;
}

/** Answer and "correct" stand out, "incorrect" warns; the rest are Slack's default buttons. */
function styleOf(id: string): { style?: 'primary' | 'danger' } {
  const action = parseButtonId(id);
  if (action?.kind === 'answer' || (action?.kind === 'review' && action.verdict === 'correct')) return { style: 'primary' };
  return action?.kind === 'review' && action.verdict === 'incorrect' ? { style: 'danger' } : {};
}

function buttonBlocks(reply: RenderedReply, limits: SlackLimits): ActionsBlock[] {
  const buttons: Button[] = (reply.buttons ?? []).map((b) => ({
    type: 'button',
    action_id: b.id,
    value: b.id,
    text: { type: 'plain_text', text: shorten(b.label, limits.buttonText) },
    ...styleOf(b.id),
  }));
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += limits.buttonsPerActions) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + limits.buttonsPerActions) });
  }
  return blocks;
}

/** Render a reply as one or more messages, each within Slack's block count and size limits. */
export function renderReply(message: Reply, limits: SlackLimits = slackLimits): SlackMessage[] {
  const reply = localizeReply(message, slackFormat);
  const groups = packBlocks(blocksOf(reply, limits), limits);
  const title = reply.title ? toPlain(reply.title) : '';
  const summary = title || toPlain(reply.body);
  return groups.map((blocks, i) => ({
    text: escapeSlack(shorten(i === 0 ? summary : `${summary} ${slackWords('slack.continued', reply.locale ?? 'en')}`, limits.fallbackText)),
    blocks,
  }));
}

/** Group blocks into messages of at most `blocksPerMessage` blocks and `messageChars` serialized characters. */
export function packBlocks(blocks: KnownBlock[], limits: SlackLimits = slackLimits): KnownBlock[][] {
  const groups: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const blockSize = JSON.stringify(block).length;
    if (current.length > 0 && (current.length === limits.blocksPerMessage || size + blockSize > limits.messageChars)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += blockSize;
  }
  if (current.length > 0) groups.push(current);
  return groups.length > 0 ? groups : [[]];
}
