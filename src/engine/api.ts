import type { DeckFile } from './deckCommands.ts';
import type { SettingsChanges } from '../core/workspaceSettings.ts';
import type { Text } from '../core/text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SeasonLength } from '../core/validate.ts';
import type { Caller, Period, Reply, WorkspaceRef } from './types.ts';

export type { SettingsChanges, WorkspaceSettings } from '../core/workspaceSettings.ts';

export interface QuizStartOptions {
  deck?: string;
  questions?: number;
  seconds?: number;
}

export interface DailySetupOptions {
  channelId: string;
  /** Local time `HH:MM`. */
  time: string;
  /** IANA timezone name, e.g. `Europe/Berlin`. */
  timezone: string;
  deck?: string;
}

/** What the answer button/modal needs before opening: the question to show (title a message, prompt the deck's words), or why not. */
export type AnswerPrompt = { open: true; roundId: number; title: Text; prompt: Text; locale?: Locale } | { open: false; reply: Reply };

/** What the Appeal button/modal needs before opening: the answer appealed, or why not. */
export type AppealPrompt = { open: true; answerId: number; title: Text; locale?: Locale } | { open: false; reply: Reply };

/** What a verdict button needs before its note modal opens: the answer still waiting, or why not. */
export type ReviewPrompt = { open: true; answerId: number } | { open: false; reply: Reply };

/** A reviewer's decision on a graded answer. */
/** `time` is `HH:MM`; without `timezone`, the member's last one, else UTC. */
export type PracticeRemindOptions = { off: true } | { time: string; timezone?: string };

export type ReviewVerdict = 'correct' | 'partial' | 'incorrect';

/**
 * Every use case adapters can call. Each call is one engine operation; it
 * returns the reply to show the caller (public or private) and throws
 * `UserError` for expected problems (bad input, no permission, closed question).
 */
export interface QuizEngine {
  help(c: Caller): Reply;
  /** Admins: the bot processes' shards, the database size and the age of the last scheduler tick. */
  status(c: Caller): Reply;
  /** The channel's open question (daily or quiz). */
  ask(c: Caller): Reply;
  /** Grade and store an answer; `roundId` comes from an Answer button, else the channel's open question. */
  answer(c: Caller, text: string, roundId?: number): Reply;
  /** Called when an Answer button is clicked, before a modal is opened. */
  answerPrompt(c: Caller, roundId: number): AnswerPrompt;
  /** Personal practice: a private question; its answer is revealed at once. */
  practice(c: Caller, deck?: string): Reply;
  /** The Practise button on a round's reveal (`practice:<roundId>`): a private practice question from that round's deck. */
  practiceFrom(c: Caller, roundId: number): Reply;
  /** Per deck: cards learned, due now, and retention over the last 30 days. */
  practiceStats(c: Caller): Reply;
  /** A private message on days with cards due, at a local time; or off. */
  practiceRemind(c: Caller, o: PracticeRemindOptions): Reply;

  quizStart(c: Caller, o: QuizStartOptions): Reply;
  quizStop(c: Caller): Promise<Reply>;

  /** `image`: the reply carries the board as a picture to draw too (`Reply.image`). */
  leaderboard(c: Caller, o: { period?: Period; deck?: string; image?: boolean }): Reply;
  /** `/season start [name] [week|month|YYYY-MM-DD]` (admins): one running season at a time. */
  seasonStart(c: Caller, o: { name?: string; length?: SeasonLength }): Reply;
  /** `/season end` (admins): ends the running season and posts its final board once. */
  seasonEnd(c: Caller): Promise<Reply>;
  /** `user` is another member's platform id (defaults to the caller); `image`: the reply carries a stats card to draw too. */
  stats(c: Caller, user?: { userId: string; userName?: string }, o?: { image?: boolean }): Reply;

  deckList(c: Caller): Reply;
  deckShow(c: Caller, name: string): Reply;
  /**
   * `fileName` decides the format by extension (.md/.txt, .yaml/.yml, .json, .csv, .tsv).
   * Platforms pass the file's `bytes`, which the engine decodes the one way every deck is decoded.
   */
  deckImport(c: Caller, file: DeckFile): Reply;
  deckUse(c: Caller, name: string): Reply;
  deckRemove(c: Caller, name: string): Reply;
  /** Deck names visible to the workspace, for autocomplete. */
  deckNames(ref: WorkspaceRef): string[];

  dailySetup(c: Caller, o: DailySetupOptions): Reply;
  dailyPause(c: Caller): Reply;
  dailyResume(c: Caller): Reply;
  dailyNow(c: Caller): Promise<Reply>;
  dailyStatus(c: Caller): Reply;
  dailySkip(c: Caller): Promise<Reply>;

  /**
   * Teacher in the loop (issue 12). Review items are graded answers: appealed ones and
   * provisional ones (low confidence); an item id is the answer's id.
   * Buttons the engine puts on replies: `appeal:<answerId>` on private feedback,
   * `review:<answerId>:<verdict>` on review items, `reviewpage:<n>` and `reviewlog:<n>` for paging.
   */
  /** Called when an Appeal button is clicked, before the modal asking why is opened. */
  appealPrompt(c: Caller, answerId: number): AppealPrompt;
  /** Appeal a grade: `answerId` from the button, else the caller's latest graded answer here. Reason up to 1,000 characters. */
  appeal(c: Caller, o: { answerId?: number; reason: string }): Reply;
  /** `/review`: pending appeals and provisional grades, oldest first, paged (reviewers). */
  reviewList(c: Caller, o?: { page?: number }): Reply;
  /** Called when a verdict button is clicked, before the note modal opens (reviewers, items still waiting). */
  reviewPrompt(c: Caller, answerId: number): ReviewPrompt;
  /** Decide one item: re-scores exactly once and tells the member privately (reviewers). */
  reviewDecide(c: Caller, o: { answerId: number; verdict: ReviewVerdict; note?: string }): Promise<Reply>;
  /** `/grade set`: override a member's stored grade for a question of a deck without an appeal (reviewers). */
  gradeSet(c: Caller, o: { userId: string; question: number; deck?: string; verdict: ReviewVerdict; note?: string }): Promise<Reply>;
  /** `/review log`: the audit log of decisions, newest first, paged (reviewers). */
  reviewLog(c: Caller, o?: { page?: number }): Reply;

  /** `/settings` (admins only): with no changes, the current values; with changes, saves them. */
  settings(c: Caller, changes?: SettingsChanges): Promise<Reply>;
  /**
   * The language to speak to this member: their platform's locale when quizbot speaks it, then
   * the server's setting, then the default. For what adapters say themselves (usage errors).
   */
  localeOf(c: Caller): Locale;

  /** Post what is due: daily questions, quiz turns, reveals. Called by the scheduler. */
  tick(): Promise<void>;
  /** The bot left a server or workspace: stop its schedules and sessions. */
  workspaceRemoved(ref: WorkspaceRef): void;
}
