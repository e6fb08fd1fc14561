import type { Reply } from '../../engine/types.ts';
import { localizeReply } from '../../i18n/localizeReply.ts';
import { shellFormat } from './shellFormat.ts';

// Local time of this terminal; the date too when it is not today.
const time = (ms: number) => {
  const d = new Date(ms);
  const clock = d.toLocaleTimeString('en-GB', { hour12: false });
  return d.toDateString() === new Date().toDateString() ? clock : `${d.toLocaleDateString('en-CA')} ${clock}`;
};

/** A reply as terminal text: bold markers dropped, fields as `name: value`. */
export function renderText(reply: Reply): string {
  const r = localizeReply(reply, shellFormat);
  const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/<#([^>|]+)(\|[^>]*)?>/g, '#$1');
  const out: string[] = [];
  if (r.title) out.push(`== ${plain(r.title)} ==`);
  if (r.body) out.push(plain(r.body));
  for (const f of r.fields ?? []) out.push(f.value.includes('\n') ? `${f.name}:\n${plain(f.value)}` : `${f.name}: ${plain(f.value)}`);
  if (r.closesAt !== undefined) out.push(`(closes at ${time(r.closesAt)})`);
  if (r.buttons?.some((b) => b.id.startsWith('answer:'))) out.push('(answer with /answer YOUR ANSWER)');
  if (r.footer) out.push(`-- ${plain(r.footer)}`);
  return out.join('\n');
}
