import { msg } from '../../core/text.ts';
import type { Reply } from '../../engine/types.ts';
import { localizeReply } from '../../i18n/localizeReply.ts';
import { renderText as inWords } from '../../i18n/renderText.ts';
import { shellFormat } from './shellFormat.ts';

/** When a question closes, in this terminal's timezone; the date too when it is not today. */
const closing = (ms: number) => ({ date: ms, show: new Date(ms).toDateString() === new Date().toDateString() ? ('time' as const) : ('datetime' as const) });

/** A reply as terminal text: bold markers dropped, fields as `name: value`. */
export function renderText(reply: Reply): string {
  const r = localizeReply(reply, shellFormat);
  const locale = r.locale ?? 'en';
  const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1');
  const out: string[] = [];
  if (r.title) out.push(`== ${plain(r.title)} ==`);
  if (r.body) out.push(plain(r.body));
  for (const f of r.fields ?? []) out.push(f.value.includes('\n') ? `${f.name}:\n${plain(f.value)}` : `${f.name}: ${plain(f.value)}`);
  if (r.closesAt !== undefined) out.push(inWords(msg('shell.closesAt', { time: closing(r.closesAt) }), locale, shellFormat));
  if (r.buttons?.some((b) => b.id.startsWith('answer:'))) out.push(inWords(msg('shell.answerHint', { answer: { command: 'answer' } }), locale, shellFormat));
  if (r.footer) out.push(`-- ${plain(r.footer)}`);
  return out.join('\n');
}
