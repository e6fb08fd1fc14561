import type { QuizEngine } from '../../engine/api.ts';
import { UserError } from '../../engine/errors.ts';
import type { Caller, Period, Reply } from '../../engine/types.ts';

export const shellUsage = [
  '/quiz [start] [deck] [questions] [seconds] · /quiz stop · /answer TEXT · /ask · /practice [deck]',
  '/leaderboard [today|week|month|all] [deck] · /stats [@name]',
  '/daily setup HH:MM Area/City [deck] · /daily pause|resume|now|status|skip',
  '/deck list · /deck show NAME · /deck import FILE · /deck use NAME · /deck remove NAME · /help · /quit',
  'Start a line with @name to act as another member, e.g. "@alice /answer dropout".',
].join('\n');

const usage = (line: string) => new UserError('usage', `Usage: ${line}`);

function int(s: string | undefined, what: string): number | undefined {
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw usage(what);
  return Number(s);
}

/** One playground line → one engine call. `readFile` is how `/deck import` reads a path. */
export async function runShellCommand(engine: QuizEngine, c: Caller, line: string, readFile: (path: string) => string): Promise<Reply | undefined> {
  const [cmd = '', ...args] = line.trim().split(/\s+/);
  const rest = line.trim().slice(cmd.length).trim();
  const sub = args[0];
  switch (cmd) {
    case '/help':
      return engine.help(c);
    case '/answer':
      return engine.answer(c, rest);
    case '/ask':
      return engine.ask(c);
    case '/practice':
      return engine.practice(c, args[0]);
    case '/quiz': {
      if (sub === 'stop') return engine.quizStop(c);
      const a = sub === 'start' ? args.slice(1) : args;
      const u = '/quiz start [deck] [questions] [seconds]';
      const deck = a[0] && !/^\d+$/.test(a[0]) ? a.shift() : undefined;
      return engine.quizStart(c, { ...(deck ? { deck } : {}), ...(a[0] ? { questions: int(a[0], u) } : {}), ...(a[1] ? { seconds: int(a[1], u) } : {}) });
    }
    case '/leaderboard': {
      const period = args[0] as Period | undefined;
      return engine.leaderboard(c, { ...(period ? { period } : {}), ...(args[1] ? { deck: args[1] } : {}) });
    }
    case '/stats': {
      const who = args[0]?.replace(/^@/, '');
      return engine.stats(c, who ? { userId: who.toLowerCase(), userName: who } : undefined);
    }
    case '/daily': {
      switch (sub) {
        case 'setup': {
          const a = args.slice(1);
          const channel = a[0]?.startsWith('#') ? a.shift()!.slice(1) : c.channelId;
          if (!a[0] || !a[1]) throw usage('/daily setup [#channel] HH:MM Area/City [deck]');
          return engine.dailySetup(c, { channelId: channel, time: a[0], timezone: a[1], ...(a[2] ? { deck: a[2] } : {}) });
        }
        case 'pause':
          return engine.dailyPause(c);
        case 'resume':
          return engine.dailyResume(c);
        case 'now':
          return engine.dailyNow(c);
        case 'status':
          return engine.dailyStatus(c);
        case 'skip':
          return engine.dailySkip(c);
        default:
          throw usage('/daily setup|pause|resume|now|status|skip');
      }
    }
    case '/deck': {
      const name = args[1];
      switch (sub) {
        case 'list':
        case undefined:
          return engine.deckList(c);
        case 'show':
          if (!name) throw usage('/deck show NAME');
          return engine.deckShow(c, name);
        case 'import': {
          if (!name) throw usage('/deck import FILE');
          let text: string;
          try {
            text = readFile(name);
          } catch {
            throw new UserError('no_file', `I cannot read ${name}. Check the path and try again.`);
          }
          return engine.deckImport(c, { fileName: name, text });
        }
        case 'use':
          if (!name) throw usage('/deck use NAME');
          return engine.deckUse(c, name);
        case 'remove':
          if (!name) throw usage('/deck remove NAME');
          return engine.deckRemove(c, name);
        default:
          throw usage('/deck list|show|import|use|remove');
      }
    }
    default:
      throw new UserError('unknown_command', `I don't know "${cmd}". Commands:\n${shellUsage}`);
  }
}
