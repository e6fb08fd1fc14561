import type { CommandName } from '../i18n/commandNames.ts';
import type { MessageId } from '../i18n/messageIds.ts';

/**
 * Words for users as data: message ids with typed parameters. The engine and the
 * grader never write sentences; each platform renders these in the reader's language
 * (src/i18n), with its own channel, command, user and date syntax.
 */
export type Text = Msg | Raw | readonly Text[];

/** A catalog message; an array of Texts is shown as lines. */
export interface Msg {
  id: MessageId;
  params?: Readonly<Record<string, Param>>;
}

/** Text from a deck or a member, shown as written and never translated. */
export interface Raw {
  raw: string;
}

export type Param =
  | string
  | number
  | Text
  | { channel: string }
  | { command: CommandName }
  | { user: string; name?: string }
  /** A role of the server (Discord), never as a ping. */
  | { role: string }
  /** A moment (ms since epoch), in the reader's locale; `zone` an IANA name, else UTC. */
  | { date: number; show?: 'date' | 'datetime' | 'time'; zone?: string }
  | { percent: number }
  /** Items joined the locale's way ("a, b and c"). */
  | { list: readonly Text[] };

export const msg = (id: MessageId, params?: Msg['params']): Msg => (params ? { id, params } : { id });
export const raw = (text: string): Raw => ({ raw: text });

export const isMsg = (t: unknown): t is Msg => typeof t === 'object' && t !== null && 'id' in t && typeof (t as Msg).id === 'string';
export const isRaw = (t: unknown): t is Raw => typeof t === 'object' && t !== null && 'raw' in t && typeof (t as Raw).raw === 'string';
