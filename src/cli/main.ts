import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { StoreError } from '../store/openDb.ts';
import { type OptionSpecs, readArgs } from './args.ts';
import { plural } from './plural.ts';

const usage = `quizbot: study quizzes for Discord and Slack

Usage:
  quizbot [start] [--shards auto|N]  run the bot (the terminal playground when no platform token is set);
                                     --shards: one process per Discord shard, on one database
  quizbot status                     the bot processes' shards, the database size and the last scheduler tick
  quizbot deck check FILE [--separator X]
                                     check a deck file and list its questions; X splits term and
                                     definition in a .txt or .tsv of flashcards (tab, pipe, ; ...)
  quizbot deck rubric DECK [--write] show each open question's key points; --write adds the derived ones to a Markdown deck
  quizbot deck export NAME FILE [--workspace ID]
                                     write deck NAME (.md or .json) with the answers reviewers accepted
  quizbot grade DECK [--decisions FILE]
                                     grade JSON lines {"question": N, "answer": "..."} from stdin;
                                     --decisions first applies labelled answers {"question": N, "answer": "...", "label": 1|0.5|0}
  quizbot db backup FILE             copy the database to FILE while the bot runs
  quizbot regrade [--dry-run] [--deck NAME] [--from-version V]
                                     grade stored answers again with the current grader (operator)
  quizbot commands register [--guild ID]   register the Discord slash commands
  quizbot bench                      run the benchmarks
  quizbot help                       this text`;

const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

const startUsage = 'Usage: quizbot [start] [--shards auto|N]';
const statusUsage = 'Usage: quizbot status';
const deckUsage = 'Usage: quizbot deck check FILE [--separator X]\n       quizbot deck rubric DECK [--write]\n       quizbot deck export NAME FILE [--workspace ID]';
const gradeUsage = 'Usage: quizbot grade DECK [--decisions FILE] < answers.jsonl';
const dbUsage = 'Usage: quizbot db backup FILE';
const commandsUsage = 'Usage: quizbot commands register [--guild ID]';
const benchUsage = 'Usage: quizbot bench';

function config() {
  loadDotenv({ quiet: true });
  return loadConfig(process.env);
}

/**
 * A command's arguments, or the exit code when there is nothing to run:
 * 0 after printing the usage for `--help`, 2 after the problem and the usage.
 */
function argsOf<O extends OptionSpecs>(args: readonly string[], options: O, positionals: readonly string[], usageText: string) {
  const a = readArgs(args, options, positionals);
  if (!a.ok) return fail(`${a.problem}\n${usageText}`);
  if (a.help) {
    out(usageText);
    return 0;
  }
  return a;
}

async function run(argv: string[]): Promise<number> {
  const [cmd = 'start', ...rest] = argv;
  const [sub, ...subRest] = rest;
  switch (cmd) {
    case 'start': {
      const a = argsOf(rest, { shards: { type: 'string' } }, [], startUsage);
      if (typeof a === 'number') return a;
      const c = config();
      if (a.values.shards !== undefined) {
        const { startShards } = await import('./startShards.ts');
        return startShards(c, a.values.shards, createLogger(c.LOG_LEVEL ?? 'info'));
      }
      // The playground is a conversation on stdout; only warnings belong in it.
      const interactiveDefault = c.DISCORD_TOKEN || c.SLACK_BOT_TOKEN ? 'info' : 'warn';
      const { main } = await import('../main.ts');
      await main(c, createLogger(c.LOG_LEVEL ?? interactiveDefault));
      return 0;
    }
    case 'deck': {
      if (sub === 'check') {
        const a = argsOf(subRest, { separator: { type: 'string' } }, ['FILE'], deckUsage);
        if (typeof a === 'number') return a;
        const { deckCheck } = await import('./deckCheck.ts');
        return deckCheck(a.positionals[0]!, out, a.values.separator !== undefined ? { separator: a.values.separator } : {});
      }
      if (sub === 'rubric') {
        const a = argsOf(subRest, { write: { type: 'boolean' } }, ['DECK'], deckUsage);
        if (typeof a === 'number') return a;
        const { deckRubric } = await import('./deckRubric.ts');
        return deckRubric(a.positionals[0]!, { write: a.values.write === true }, out, err);
      }
      if (sub === 'export') {
        const a = argsOf(subRest, { workspace: { type: 'string' } }, ['NAME', 'FILE'], deckUsage);
        if (typeof a === 'number') return a;
        const { deckExport } = await import('./deckExport.ts');
        return deckExport(a.positionals[0]!, a.positionals[1]!, a.values.workspace !== undefined ? { workspace: a.values.workspace } : {}, config(), out, err);
      }
      return subcommand(sub, 'deck', deckUsage);
    }
    case 'grade': {
      const a = argsOf(rest, { decisions: { type: 'string' } }, ['DECK'], gradeUsage);
      if (typeof a === 'number') return a;
      const { runGrade } = await import('./grade.ts');
      return runGrade(a.positionals[0]!, process.stdin, out, err, a.values.decisions === undefined ? {} : { decisions: a.values.decisions });
    }
    case 'status': {
      const a = argsOf(rest, {}, [], statusUsage);
      if (typeof a === 'number') return a;
      const { runStatus } = await import('./status.ts');
      return runStatus(config().DATABASE_PATH, Date.now(), out);
    }
    case 'db': {
      if (sub !== 'backup') return subcommand(sub, 'db', dbUsage);
      const a = argsOf(subRest, {}, ['FILE'], dbUsage);
      if (typeof a === 'number') return a;
      const { backupDb } = await import('./backupDb.ts');
      return backupDb(config().DATABASE_PATH, a.positionals[0]!, { out, err });
    }
    case 'regrade': {
      const { runRegrade } = await import('./regrade.ts');
      return runRegrade(rest, config(), out, err);
    }
    case 'commands': {
      if (sub !== 'register') return subcommand(sub, 'commands', commandsUsage);
      const a = argsOf(subRest, { guild: { type: 'string' } }, [], commandsUsage);
      if (typeof a === 'number') return a;
      const c = config();
      if (!c.DISCORD_TOKEN) return fail('DISCORD_TOKEN is not set. Put the bot token in .env or the environment, then run this again.');
      const guildId = a.values.guild ?? c.DISCORD_GUILD_ID;
      const { registerCommands } = await import('../platforms/discord/registerCommands.ts');
      const r = await registerCommands({ token: c.DISCORD_TOKEN, ...(c.DISCORD_API_URL ? { apiUrl: c.DISCORD_API_URL } : {}), ...(guildId ? { guildId } : {}) });
      out(`Registered ${plural(r.count, 'command')} ${r.scope === 'guild' ? `in server ${guildId} (available at once)` : 'globally (may take up to an hour to appear)'}.`);
      return 0;
    }
    case 'bench': {
      const a = argsOf(rest, {}, [], benchUsage);
      if (typeof a === 'number') return a;
      const { runBench } = await import('../../bench/runBench.ts');
      return runBench(out);
    }
    case 'help':
    case '--help':
    case '-h':
      out(usage);
      return 0;
    default:
      return fail(`${cmd.startsWith('-') ? `Unknown option ${cmd}.` : `Unknown command "${cmd}".`}\n\n${usage}`);
  }
}

/** `quizbot deck`, `db` or `commands` without a known subcommand: its usage (exit 0 for `--help`, else 2). */
function subcommand(sub: string | undefined, cmd: string, usageText: string): number {
  if (sub === '--help' || sub === '-h') {
    out(usageText);
    return 0;
  }
  if (sub === undefined) return fail(usageText);
  return fail(`${sub.startsWith('-') ? `Unknown option ${sub}.` : `Unknown command "${cmd} ${sub}".`}\n${usageText}`);
}

/** An unexpected error's one line: only `start` "could not start"; other commands say which one failed. */
function failedCommand(argv: string[], message: string): string {
  const [cmd = 'start', sub] = argv;
  if (cmd === 'start') return `quizbot could not start: ${message}`;
  const name = sub && !sub.startsWith('-') && ['deck', 'db', 'commands'].includes(cmd) ? `${cmd} ${sub}` : cmd;
  return `quizbot ${name} failed: ${message}\nRun it again with QUIZBOT_DEBUG=1 for the details.`;
}

function fail(message: string): number {
  err(message);
  return 2;
}

// `quizbot deck check x.md | head` (or the playground piped into head) closes the pipe early:
// stop quietly, as other tools do, whichever command was writing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ConfigError) err(`Configuration error:\n  ${e.message.replace(/\n/g, '\n  ')}\nFix the environment or .env (see .env.example) and start again.`);
    else if (e instanceof StoreError) err(e.message);
    else if (e instanceof Error && !process.env.QUIZBOT_DEBUG) err(failedCommand(process.argv.slice(2), e.message));
    else err(String(e instanceof Error ? e.stack : e));
    process.exitCode = 1;
  },
);
