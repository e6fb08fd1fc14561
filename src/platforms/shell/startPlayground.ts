import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type pino from 'pino';
import { msg, type Text } from '../../core/text.ts';
import type { QuizEngine } from '../../engine/api.ts';
import { isUserError } from '../../engine/errors.ts';
import type { PosterRouter } from '../../engine/posterRouter.ts';
import type { Caller } from '../../engine/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import { renderText as inWords } from '../../i18n/renderText.ts';
import { deckLimits } from '../../decks/deckLimits.ts';
import { drawReplyImage } from '../../images/drawReplyImage.ts';
import { shorten } from '../text.ts';
import { renderText } from './renderText.ts';
import { shellFormat } from './shellFormat.ts';
import { runShellCommand, shellUsage } from './parseShellCommand.ts';
import { readCapped } from './readCapped.ts';

// One byte over the limit is enough for the engine to say the file is too large.
const readDeck = (file: string): Uint8Array => readCapped(file, deckLimits.maxBytes);

/**
 * A terminal chat: each line is a command, `@name /command` plays another member.
 * `locale` (QUIZBOT_LOCALE) is what a platform would report as the member's language.
 */

/** The playground's one channel, named like a chat's first channel. */
const PLAYGROUND_CHANNEL = 'general';
export async function startPlayground(o: {
  engine: QuizEngine;
  posters: PosterRouter;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: pino.Logger;
  interactive: boolean;
  locale?: Locale;
  /** Where `/stats image` and `/leaderboard image` save their PNG (the database's folder); the OS temp folder if not given. */
  pictureDir?: string;
}): Promise<void> {
  const say = (s: string) => o.output.write(`${s}\n`);
  // The playground's own words, in the member's language.
  const locale = o.locale ?? 'en';
  const sayText = (t: Text) => say(inWords(t, locale, shellFormat));
  sayText(msg('shell.intro', { help: { command: 'help' } }));
  const rl = readline.createInterface({ input: o.input, ...(o.interactive ? { output: o.output, prompt: '> ' } : {}), terminal: o.interactive });
  let posts = 0;
  // Posts nobody typed a command for (quiz turns, reveals, daily questions) appear as they fire;
  // a private message to one member (an appeal decided) too, since every member shares this terminal.
  const show = (text: string) => {
    say(`\n${text}`);
    if (o.interactive) rl.prompt(true);
    return { messageId: `shell-${++posts}` };
  };
  o.posters.register('shell', {
    post: async (_t, reply) => show(renderText(reply)),
    notify: async (member, reply) => show(`${inWords(msg('shell.privateTo', { member: { user: member.userId } }), reply.locale ?? locale, shellFormat)}\n${renderText(reply)}`),
  });
  if (o.interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line) {
      const m = /^@([\w.-]{1,32})\s+(.*)$/.exec(line);
      const name = m ? m[1]! : 'you';
      const caller: Caller = { platform: 'shell', workspaceId: 'local', channelId: PLAYGROUND_CHANNEL, userId: name.toLowerCase(), userName: name, isAdmin: true, ...(o.locale ? { locale: o.locale } : {}) };
      const command = m ? m[2]! : line;
      if (!o.interactive) say(`\n> ${line}`);
      try {
        if (!command.startsWith('/')) sayText(msg('shell.slashFirst', { answer: { command: 'answer' }, text: shorten(command, 41) }));
        else {
          const reply = await runShellCommand(o.engine, caller, command, readDeck);
          if (reply) say(renderText(reply));
          const picture = reply && drawReplyImage(reply, locale);
          if (picture) {
            // A terminal shows no pictures: the PNG goes to a file, overwritten by the next one of its kind.
            const file = path.resolve(o.pictureDir ?? os.tmpdir(), picture.fileName);
            try {
              writeFileSync(file, picture.png);
              sayText(msg('images.saved', { path: file }));
            } catch {
              sayText(msg('images.saveFailed', { path: file }));
            }
          }
        }
      } catch (e) {
        if (isUserError(e)) say(renderText({ visibility: 'private', kind: 'error', body: e.text, locale: e.locale ?? o.engine.localeOf(caller) }));
        else {
          o.logger.error({ err: e, line }, 'playground command failed');
          sayText(msg('shell.apology', { help: { command: 'help' } }));
        }
      }
    }
    if (o.interactive) rl.prompt();
  }
  rl.close();
}

export { shellUsage };
