import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { StoreError } from '../store/openDb.ts';

const usage = `quizbot: study quizzes for Discord and Slack

Usage:
  quizbot [start]                    run the bot (the terminal playground when no platform token is set)
  quizbot deck check FILE            check a deck file and list its questions
  quizbot deck rubric DECK [--write] show each open question's key points; --write adds the derived ones to a Markdown deck
  quizbot grade DECK                 grade JSON lines {"question": N, "answer": "..."} from stdin
  quizbot db backup FILE             copy the database to FILE while the bot runs
  quizbot regrade [--dry-run] [--deck NAME] [--from-version V]
                                     grade stored answers again with the current grader (operator)
  quizbot commands register [--guild ID]   register the Discord slash commands
  quizbot bench                      run the benchmarks
  quizbot help                       this text`;

const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

function config() {
  loadDotenv({ quiet: true });
  return loadConfig(process.env);
}

async function run(argv: string[]): Promise<number> {
  const [cmd = 'start', sub, ...rest] = argv;
  switch (cmd) {
    case 'start': {
      const c = config();
      // The playground is a conversation on stdout; only warnings belong in it.
      const interactiveDefault = c.DISCORD_TOKEN || c.SLACK_BOT_TOKEN ? 'info' : 'warn';
      const { main } = await import('../main.ts');
      await main(c, createLogger(c.LOG_LEVEL ?? interactiveDefault));
      return 0;
    }
    case 'deck': {
      // `quizbot deck rubric x.md | head` closes the pipe early: stop quietly, as other tools do.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
        process.exit(0);
      });
      const deckUsage = 'Usage: quizbot deck check FILE\n       quizbot deck rubric DECK [--write]';
      if (sub === 'check' && rest.length === 1) {
        const { deckCheck } = await import('./deckCheck.ts');
        return deckCheck(rest[0]!, out);
      }
      const files = rest.filter((a) => a !== '--write');
      if (sub !== 'rubric' || files.length !== 1 || files[0]!.startsWith('-')) return fail(deckUsage);
      const { deckRubric } = await import('./deckRubric.ts');
      return deckRubric(files[0]!, { write: rest.includes('--write') }, out, err);
    }
    case 'grade': {
      if (!sub) return fail('Usage: quizbot grade DECK < answers.jsonl');
      const { runGrade } = await import('./grade.ts');
      return runGrade(sub, process.stdin, out);
    }
    case 'db': {
      if (sub !== 'backup' || !rest[0]) return fail('Usage: quizbot db backup FILE');
      const { backupDb } = await import('./backupDb.ts');
      return backupDb(config().DATABASE_PATH, rest[0], out);
    }
    case 'regrade': {
      const { runRegrade } = await import('./regrade.ts');
      return runRegrade(argv.slice(1), config(), out, err);
    }
    case 'commands': {
      if (sub !== 'register') return fail('Usage: quizbot commands register [--guild ID]');
      const c = config();
      if (!c.DISCORD_TOKEN) return fail('DISCORD_TOKEN is not set. Put the bot token in .env or the environment, then run this again.');
      const guildAt = rest.indexOf('--guild');
      const guildId = guildAt >= 0 ? rest[guildAt + 1] : c.DISCORD_GUILD_ID;
      if (guildAt >= 0 && !guildId) return fail('Usage: quizbot commands register [--guild ID]');
      const { registerCommands } = await import('../platforms/discord/registerCommands.ts');
      const r = await registerCommands({ token: c.DISCORD_TOKEN, ...(c.DISCORD_API_URL ? { apiUrl: c.DISCORD_API_URL } : {}), ...(guildId ? { guildId } : {}) });
      out(`Registered ${r.count} commands ${r.scope === 'guild' ? `in server ${guildId} (available at once)` : 'globally (may take up to an hour to appear)'}.`);
      return 0;
    }
    case 'bench': {
      const { runBench } = await import('../../bench/runBench.ts');
      return runBench(out);
    }
    case 'help':
    case '--help':
    case '-h':
      out(usage);
      return 0;
    default:
      return fail(`Unknown command "${cmd}".\n\n${usage}`);
  }
}

function fail(message: string): number {
  err(message);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ConfigError) err(`Configuration error:\n  ${e.message.replace(/\n/g, '\n  ')}\nFix the environment or .env (see .env.example) and start again.`);
    else if (e instanceof StoreError) err(e.message);
    else if (e instanceof Error && !process.env.QUIZBOT_DEBUG) err(`quizbot could not start: ${e.message}`);
    else err(String(e instanceof Error ? e.stack : e));
    process.exitCode = 1;
  },
);
