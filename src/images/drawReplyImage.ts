import { Resvg } from '@resvg/resvg-js';
import type { Text } from '../core/text.ts';
import type { Reply } from '../engine/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizeReply } from '../i18n/localizeReply.ts';
import { plainFormat } from '../i18n/plainFormat.ts';
import { renderText } from '../i18n/renderText.ts';
import { boardSvg } from './boardSvg.ts';
import { statsCardSvg } from './statsCardSvg.ts';
import { renderOptions, textAsPaths } from './textPaths.ts';

/** A drawn picture, ready to send as a file. */
export interface ReplyPicture {
  png: Buffer;
  fileName: string;
  width: number;
  height: number;
  /** The reply as text, for screen readers (Discord's attachment description, Slack's alt text). */
  alt: string;
}

/** The SVG markup of a reply's picture, in `locale`; undefined when the reply has none. */
export function replyImageSvg(reply: Reply, locale: Locale = reply.locale ?? 'en'): string | undefined {
  const say = (t: Text) => renderText(t, locale, plainFormat);
  if (!reply.image) return undefined;
  return reply.image.kind === 'stats' ? statsCardSvg(reply.image, say) : boardSvg(reply.image, say);
}

/** Draws a reply's picture (stats card or leaderboard) as a PNG in the reply's language; undefined when it asked for none. */
export function drawReplyImage(reply: Reply, fallback: Locale = 'en'): ReplyPicture | undefined {
  const locale = reply.locale ?? fallback;
  const svg = replyImageSvg(reply, locale);
  if (!svg || !reply.image) return undefined;
  const rendered = new Resvg(textAsPaths(svg), renderOptions).render();
  return { png: rendered.asPng(), fileName: `quizbot-${reply.image.kind}.png`, width: rendered.width, height: rendered.height, alt: altText(reply, locale) };
}

/** The text version of a reply, plain, in one block: title, body, then each field as "name: value". */
export function altText(reply: Reply, locale: Locale = reply.locale ?? 'en'): string {
  const r = localizeReply({ ...reply, locale }, plainFormat);
  const fields = (r.fields ?? []).map((f) => `${f.name}: ${f.value}`);
  return [r.title, r.body, ...fields].filter((s) => s?.trim()).join('\n');
}
