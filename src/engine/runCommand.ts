import type { Text } from '../core/text.ts';
import type { QuizEngine } from './api.ts';
import type { ParsedCommand } from './commandGrammar.ts';
import { UserError } from './errors.ts';
import type { Caller, Reply } from './types.ts';

/** What a platform does itself for a text command: how a deck file reaches the bot differs on each. */
export interface OwnCommands {
  deckImport(c: Caller, file: string | undefined): Reply | Promise<Reply>;
}

/** The one engine call a parsed text command stands for. */
export function runCommand(engine: QuizEngine, c: Caller, cmd: ParsedCommand, own: OwnCommands): Reply | Promise<Reply> {
  switch (cmd.name) {
    case 'help':
      return engine.help(c);
    case 'answer':
      return engine.answer(c, cmd.args.text);
    case 'ask':
      return engine.ask(c);
    case 'practice':
      return engine.practice(c, cmd.args.deck);
    case 'practice stats':
      return engine.practiceStats(c);
    case 'practice remind': {
      const { time, timezone } = cmd.args;
      return engine.practiceRemind(c, time === 'off' ? { off: true } : { time, ...(timezone === undefined ? {} : { timezone }) });
    }
    case 'quiz start':
      return engine.quizStart(c, cmd.args);
    case 'quiz stop':
      return engine.quizStop(c);
    case 'leaderboard':
      return engine.leaderboard(c, cmd.args);
    case 'season start':
      return engine.seasonStart(c, cmd.args);
    case 'season end':
      return engine.seasonEnd(c);
    case 'stats':
      return cmd.args.image ? engine.stats(c, cmd.args.user, { image: true }) : engine.stats(c, cmd.args.user);
    case 'daily setup': {
      const { channel, ...rest } = cmd.args;
      return engine.dailySetup(c, { ...rest, channelId: channel ?? c.channelId });
    }
    case 'daily pause':
      return engine.dailyPause(c);
    case 'daily resume':
      return engine.dailyResume(c);
    case 'daily now':
      return engine.dailyNow(c);
    case 'daily status':
      return engine.dailyStatus(c);
    case 'daily skip':
      return engine.dailySkip(c);
    case 'deck list':
      return engine.deckList(c);
    case 'deck show':
      return engine.deckShow(c, cmd.args.name);
    case 'deck import':
      return own.deckImport(c, cmd.args.file);
    case 'deck use':
      return engine.deckUse(c, cmd.args.name);
    case 'deck remove':
      return engine.deckRemove(c, cmd.args.name);
    case 'settings':
      return cmd.args.changes ? engine.settings(c, cmd.args.changes) : engine.settings(c);
    case 'status':
      return engine.status(c);
    case 'appeal':
      return engine.appeal(c, { reason: cmd.args.reason ?? '' });
    case 'review':
      return engine.reviewList(c, cmd.args.page ? { page: cmd.args.page } : {});
    case 'review log':
      return engine.reviewLog(c, cmd.args.page ? { page: cmd.args.page } : {});
    case 'grade set': {
      const { user, deck, note, ...rest } = cmd.args;
      return engine.gradeSet(c, { ...rest, userId: user.userId, ...(deck !== undefined ? { deck } : {}), ...(note !== undefined ? { note } : {}) });
    }
  }
}

/** Wrong input, as the error every adapter shows privately (in `engine.localeOf(caller)`, as adapters do for errors without a language). */
export const usageError = (text: Text): UserError => new UserError('usage', text);
