import { deckLimits } from '../decks/deckLimits.ts';
import { deckNameFromFile } from '../decks/loadDeckDir.ts';
import { formatFromFileName, parseDeck } from '../decks/parseDeck.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { info, text } from './messages.ts';
import type { Caller, Reply } from './types.ts';

const DECK_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export function deckList(ctx: EngineContext, c: Caller): Reply {
  const ws = ctx.workspace(c);
  const active = ws.active_deck ?? ctx.d.settings.defaultDeck;
  const lines = ctx.d.decks.names(ws.id).map((name) => {
    const d = ctx.d.decks.get(ws.id, name)!;
    return `${name === active ? '▶' : '•'} **${name}**: ${d.deck.title} (${d.deck.questions.length} questions${d.builtIn ? ', built in' : ''})`;
  });
  return { ...info(`${lines.join('\n')}\n\n▶ marks the deck used when none is named.`, 'deck'), title: 'Decks', userText: true };
}

export function deckShow(ctx: EngineContext, c: Caller, name: string): Reply {
  const ws = ctx.workspace(c);
  const { deck } = ctx.deck(ws, name);
  const preview = deck.questions.slice(0, 15).map((q) => `${q.number}. [${q.type}] ${q.prompt.length > 90 ? `${q.prompt.slice(0, 89)}…` : q.prompt}`);
  const more = deck.questions.length > 15 ? `\n…and ${deck.questions.length - 15} more` : '';
  const about = [deck.description, deck.author ? `By ${deck.author}.` : ''].filter(Boolean).join(' ');
  return { ...info(`${about ? `${about}\n\n` : ''}${preview.join('\n')}${more}`, 'deck'), title: `${deck.title} (${deck.questions.length} questions)`, userText: true };
}

export function deckImport(ctx: EngineContext, c: Caller, file: { fileName: string; text: string }): Reply {
  ctx.requireAdmin(c);
  const format = formatFromFileName(file.fileName);
  if (!format) throw new UserError('deck_format', text.deckFileFormat);
  const name = deckNameFromFile(file.fileName);
  if (!DECK_NAME.test(name)) throw new UserError('deck_name', text.deckBadName);
  if (ctx.d.decks.isBuiltIn(name)) throw new UserError('deck_builtin', text.deckBuiltIn(name));
  if (Buffer.byteLength(file.text) > deckLimits.maxBytes) throw new UserError('deck_invalid', text.deckInvalid(['the file is larger than 5 MB']));
  const parsed = parseDeck(file.text, format, file.fileName);
  if (!parsed.ok) throw new UserError('deck_invalid', text.deckInvalid(parsed.problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message))));
  const ws = ctx.workspace(c);
  const replaced = !!ctx.store.deck(ws.id, name);
  ctx.store.saveDeck({ workspace_id: ws.id, name, title: parsed.deck.title, body: JSON.stringify(parsed.deck), imported_by: c.userId, imported_at: ctx.now() });
  ctx.d.decks.forget(ws.id, name);
  const n = parsed.deck.questions.length;
  return { ...info(`${replaced ? 'Replaced' : 'Imported'} deck **${name}**: ${parsed.deck.title}, ${n} question${n === 1 ? '' : 's'}. Use it with \`/deck use ${name}\` or \`/quiz start ${name}\`.`, 'deck'), userText: true };
}

export function deckUse(ctx: EngineContext, c: Caller, name: string): Reply {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const d = ctx.deck(ws, name);
  ctx.store.setActiveDeck(ws.id, d.name);
  return { ...info(`Quizzes here now use **${d.name}** (${d.deck.title}) when no deck is named.`, 'deck'), userText: true };
}

export function deckRemove(ctx: EngineContext, c: Caller, name: string): Reply {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const wanted = name.trim();
  if (ctx.d.decks.isBuiltIn(wanted)) throw new UserError('deck_builtin', text.deckBuiltIn(wanted));
  if (!ctx.store.deck(ws.id, wanted)) throw new UserError('unknown_deck', text.unknownDeck(wanted, ctx.d.decks.names(ws.id)));
  const using = ctx.store.schedulesUsingDeck(ws.id, wanted);
  if (using.length) throw new UserError('deck_in_use', text.deckInUse(wanted, using.map((s) => s.channel_id)));
  ctx.store.tx(() => {
    ctx.store.removeDeck(ws.id, wanted);
    if (ws.active_deck === wanted) ctx.store.setActiveDeck(ws.id, null);
  });
  ctx.d.decks.forget(ws.id, wanted);
  return { ...info(`Removed the deck **${wanted}**. Scores earned with it stay.`, 'deck'), userText: true };
}
