import { msg, type Text } from '../../core/text.ts';
import type { QuizEngine } from '../../engine/api.ts';
import { type Dialect, parseCommand, tokenize, usageLine, usageOf } from '../../engine/commandGrammar.ts';
import { UserError } from '../../engine/errors.ts';
import { usageError, runCommand } from '../../engine/runCommand.ts';
import type { Caller, Reply } from '../../engine/types.ts';
import { COMMAND_NAMES } from '../../i18n/commandNames.ts';

/** The playground's command text: channels as `#name`, members as `@name` (or just the name). */
export const shellDialect: Dialect = {
  channel: (word) => /^#([\w.-]{1,80})$/.exec(word)?.[1],
  user: (word) => {
    const name = /^@?([\w.-]{1,32})$/.exec(word)?.[1];
    return name ? { userId: name.toLowerCase(), userName: name } : undefined;
  },
  settings: ['language', 'questions', 'seconds'],
};

/** Every command's usage line, in the playground's forms. */
export const shellUsage: Text = COMMAND_NAMES.map((n) => usageLine(n, shellDialect));

/** One playground line → one engine call. `readFile` is how `/deck import` reads a path. */
export async function runShellCommand(engine: QuizEngine, c: Caller, line: string, readFile: (path: string) => Uint8Array): Promise<Reply | undefined> {
  const parsed = parseCommand(tokenize(line), shellDialect);
  if (!parsed.ok) throw usageError(parsed.error);
  return runCommand(engine, c, parsed.command, {
    deckImport: (caller, file) => {
      if (!file) throw usageError(usageOf(['deck import'], shellDialect));
      let bytes: Uint8Array;
      try {
        bytes = readFile(file);
      } catch {
        throw new UserError('no_file', msg('usage.fileUnreadable', { file }));
      }
      return engine.deckImport(caller, { fileName: file, bytes });
    },
  });
}
