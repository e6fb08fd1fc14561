import type { QuestionType } from '../core/deck.ts';
import { msg, raw, type Msg, type Text } from '../core/text.ts';
import { decodeDeckBytes } from '../decks/decodeDeckBytes.ts';
import { deckLimits } from '../decks/deckLimits.ts';
import { deckNameFromFile } from '../decks/loadDeckDir.ts';
import { isAnkiPackage, titleFromFileName } from '../decks/deckFileName.ts';
import { readAnkiPackage } from '../decks/readAnkiPackage.ts';
import { formatFromFileName, parseDeck } from '../decks/parseDeck.ts';
import type { EngineContext } from './context.ts';
import { UserError } from './errors.ts';
import { blankLine, cmd, info, unknownDeck } from './messages.ts';
import type { Caller, Reply } from './types.ts';

const DECK_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const PREVIEW = 15;
const MAX_PROBLEMS = 10;
const typeName: Record<QuestionType, Msg['id']> = { open: 'deck.typeOpen', short: 'deck.typeShort', choice: 'deck.typeChoice' };

const builtInError = (name: string) => new UserError('deck_builtin', msg('deck.builtIn', { name }));

/** The first problems of a deck that did not parse, and how many more there are. */
function invalidError(problems: readonly Text[]): UserError {
  const more = problems.length - MAX_PROBLEMS;
  const lines = [msg('deck.invalid'), ...problems.slice(0, MAX_PROBLEMS).map((problem) => msg('deck.problem', { problem }))];
  return new UserError('deck_invalid', more > 0 ? [...lines, msg('deck.more', { count: more })] : lines);
}

export function deckList(ctx: EngineContext, c: Caller): Reply {
  const ws = ctx.workspace(c);
  const active = ws.active_deck ?? ctx.d.settings.defaultDeck;
  const lines = ctx.d.decks.names(ws.id).map((name) => {
    const d = ctx.d.decks.get(ws.id, name)!;
    return msg(d.builtIn ? 'deck.listLineBuiltIn' : 'deck.listLine', { mark: name === active ? '▶' : '•', name, title: raw(d.deck.title), count: d.deck.questions.length });
  });
  return { ...info([...lines, blankLine, msg('deck.listActiveMark')], 'deck'), title: msg('deck.listTitle'), userText: true };
}

/** A deck's description and author, in the deck's own words. */
function aboutDeck(description: string | undefined, author: string | undefined): Text | undefined {
  if (!author) return description ? raw(description) : undefined;
  return description ? msg('deck.describedBy', { description: raw(description), author: raw(author) }) : msg('deck.by', { author: raw(author) });
}

export function deckShow(ctx: EngineContext, c: Caller, name: string): Reply {
  const ws = ctx.workspace(c);
  const { deck } = ctx.deck(ws, name);
  const preview: Text[] = deck.questions
    .slice(0, PREVIEW)
    .map((q) => msg('deck.previewLine', { number: q.number, type: msg(typeName[q.type]), prompt: raw(q.prompt.length > 90 ? `${q.prompt.slice(0, 89)}…` : q.prompt) }));
  if (deck.questions.length > PREVIEW) preview.push(msg('deck.more', { count: deck.questions.length - PREVIEW }));
  const about = aboutDeck(deck.description, deck.author);
  const body = about ? [about, blankLine, ...preview] : preview;
  return { ...info(body, 'deck'), title: msg('deck.showTitle', { title: raw(deck.title), count: deck.questions.length }), userText: true };
}

/** A deck file as a platform received it; `text` only for callers that already hold text (tests, tools). */
export type DeckFile = { fileName: string } & ({ bytes: Uint8Array } | { text: string });

export function deckImport(ctx: EngineContext, c: Caller, file: DeckFile): Reply {
  ctx.requireAdmin(c);
  const format = formatFromFileName(file.fileName);
  const ankiPackage = isAnkiPackage(file.fileName);
  if (!format && !ankiPackage) throw new UserError('deck_format', msg('deck.badFormat'));
  const name = deckNameFromFile(file.fileName);
  if (!DECK_NAME.test(name)) throw new UserError('deck_name', msg('deck.badName'));
  if (ctx.d.decks.isBuiltIn(name)) throw builtInError(name);
  const size = 'bytes' in file ? file.bytes.byteLength : Buffer.byteLength(file.text);
  if (size > deckLimits.maxBytes) throw invalidError([msg('deck.tooLarge', { megabytes: deckLimits.maxBytes / 2 ** 20 })]);
  const parsed = ankiPackage || !format ? readAnkiPackage('bytes' in file ? file.bytes : Buffer.from(file.text), titleFromFileName(file.fileName)) : parseDeck(textOf(file), format, file.fileName);
  // The deck parsers' own words for what is wrong, with the line they found it on.
  if (!parsed.ok) throw invalidError(parsed.problems.map((p) => (p.line ? msg('deck.atLine', { line: p.line, problem: p.message }) : raw(p.message))));
  const ws = ctx.workspace(c);
  const replaced = !!ctx.store.deck(ws.id, name);
  ctx.store.saveDeck({ workspace_id: ws.id, name, title: parsed.deck.title, deck: parsed.deck, imported_by: c.userId, imported_at: ctx.now() });
  ctx.d.decks.forget(ws.id, name);
  const n = parsed.deck.questions.length;
  const said = msg(replaced ? 'deck.replaced' : 'deck.imported', { name, title: raw(parsed.deck.title), count: n, deckUse: cmd('deck use'), quizStart: cmd('quiz start') });
  return { ...info(said, 'deck'), userText: true };
}

/** The deck's text, decoded as every deck is (decodeDeckBytes). */
function textOf(file: DeckFile): string {
  if (!('bytes' in file)) return file.text;
  const decoded = decodeDeckBytes(file.bytes);
  if (decoded.ok) return decoded.text;
  throw invalidError([msg('binary' in decoded ? 'deckImport.binary' : 'deckImport.notUtf8', 'binary' in decoded ? undefined : { ...decoded.notUtf8 })]);
}

export function deckUse(ctx: EngineContext, c: Caller, name: string): Reply {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const d = ctx.deck(ws, name);
  ctx.store.setActiveDeck(ws.id, d.name);
  return { ...info(msg('deck.used', { name: d.name, title: raw(d.deck.title) }), 'deck'), userText: true };
}

export function deckRemove(ctx: EngineContext, c: Caller, name: string): Reply {
  ctx.requireAdmin(c);
  const ws = ctx.workspace(c);
  const wanted = name.trim();
  if (ctx.d.decks.isBuiltIn(wanted)) throw builtInError(wanted);
  if (!ctx.store.deck(ws.id, wanted)) throw new UserError('unknown_deck', unknownDeck(wanted, ctx.d.decks.names(ws.id)));
  const using = ctx.store.schedulesUsingDeck(ws.id, wanted);
  if (using.length) {
    const channels = { list: using.map((s) => msg('daily.channel', { channel: { channel: s.channel_id } })) };
    throw new UserError('deck_in_use', msg('deck.inUse', { name: wanted, channels, dailySetup: cmd('daily setup') }));
  }
  ctx.store.tx(() => {
    ctx.store.removeDeck(ws.id, wanted);
    if (ws.active_deck === wanted) ctx.store.setActiveDeck(ws.id, null);
  });
  ctx.d.decks.forget(ws.id, wanted);
  return { ...info(msg('deck.removed', { name: wanted }), 'deck'), userText: true };
}
