import type { RenderedReply, Reply } from '../engine/types.ts';
import type { Locale } from './locales.ts';
import { renderText } from './renderText.ts';
import type { TextFormat } from './TextFormat.ts';

/** A reply's messages in its language (or `fallback`), for one platform's renderer. */
export function localizeReply(r: Reply, format: TextFormat, fallback: Locale = 'en'): RenderedReply {
  const locale = r.locale ?? fallback;
  const show = (t: Reply['body']) => renderText(t, locale, format);
  const out: RenderedReply = { ...r, locale, body: show(r.body), title: undefined, fields: undefined, footer: undefined, buttons: undefined };
  if (r.title !== undefined) out.title = show(r.title);
  else delete out.title;
  if (r.fields) out.fields = r.fields.map((f) => ({ name: show(f.name), value: show(f.value) }));
  else delete out.fields;
  if (r.footer !== undefined) out.footer = show(r.footer);
  else delete out.footer;
  if (r.buttons) out.buttons = r.buttons.map((b) => ({ id: b.id, label: show(b.label) }));
  else delete out.buttons;
  return out;
}
