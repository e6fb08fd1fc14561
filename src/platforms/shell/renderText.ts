import { msg, type Text } from '../../core/text.ts';
import type { Reply } from '../../engine/types.ts';
import { localizeReply } from '../../i18n/localizeReply.ts';
import { renderText as inWords } from '../../i18n/renderText.ts';
import { parseButtonId } from '../buttonIds.ts';
import { shellFormat } from './shellFormat.ts';

/** When a question closes, in this terminal's timezone; the date too when it is not today. */
const closing = (ms: number) => ({ date: ms, show: new Date(ms).toDateString() === new Date().toDateString() ? ('time' as const) : ('datetime' as const) });

/** A reply as terminal text: bold markers dropped, fields as `name: value`, buttons as the commands that do the same. */
export function renderText(reply: Reply): string {
  const r = localizeReply(reply, shellFormat);
  const locale = r.locale ?? 'en';
  const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1');
  const out: string[] = [];
  if (r.title) out.push(`== ${plain(r.title)} ==`);
  if (r.body) out.push(plain(r.body));
  for (const f of r.fields ?? []) out.push(f.value.includes('\n') ? `${f.name}:\n${plain(f.value)}` : `${f.name}: ${plain(f.value)}`);
  if (r.closesAt !== undefined) out.push(inWords(msg('shell.closesAt', { time: closing(r.closesAt) }), locale, shellFormat));
  // Buttons become the commands that do the same here.
  const say = (t: Text) => out.push(inWords(t, locale, shellFormat));
  for (const b of r.buttons ?? []) {
    const action = parseButtonId(b.id);
    if (action?.kind === 'answer') say(msg('shell.answerHint', { answer: { command: 'answer' } }));
    else if (action?.kind === 'practice') say(msg('shell.practiceHint', { practice: { command: 'practice' } }));
    else if (action?.kind === 'appeal') say(msg('shell.appealHint', { appeal: { command: 'appeal' } }));
    else if (action?.kind === 'reviewpage' || action?.kind === 'reviewlog') {
      say(msg('shell.pageHint', { page: action.page, command: { command: action.kind === 'reviewpage' ? 'review' : 'review log' } }));
    }
  }
  if (r.footer) out.push(`-- ${plain(r.footer)}`);
  return out.join('\n');
}
