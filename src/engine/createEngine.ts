import { msg } from '../core/text.ts';
import type { QuizEngine } from './api.ts';
import { answer, answerPrompt, ask } from './answering.ts';
import { practice, practiceFrom, practiceStats } from './practice.ts';
import { practiceRemind, runDueReminders } from './practiceReminders.ts';
import { appeal, appealPrompt } from './appeals.ts';
import { EngineContext, type EngineDeps } from './context.ts';
import { CLAIM_LEASE_MS, dailyNow, dailyPause, dailyResume, dailySetup, dailySkip, dailyStatus, resumeClaims, runDueSchedules } from './daily.ts';
import { deckImport, deckList, deckRemove, deckShow, deckUse } from './deckCommands.ts';
import { helpText, info } from './messages.ts';
import { advanceQuiz, closeQuizRound, quizStart, quizStop } from './quiz.ts';
import { inCallersLocale, memberLocale } from './replyLocale.ts';
import { retryReveal } from './reveal.ts';
import { gradeSet, reviewDecide, reviewList, reviewLog, reviewPrompt } from './reviews.ts';
import { settings } from './settings.ts';
import { leaderboard, stats } from './standings.ts';
import { runSeasonEnds, seasonEnd, seasonStart } from './seasons.ts';
import { status } from './status.ts';
import { politeOnStorageFault } from './storageFaults.ts';
import type { Caller } from './types.ts';

export type { EngineDeps } from './context.ts';

/** The calls whose results carry no language: they answer no member, or are the language itself. */
const withoutCaller = new Set<keyof QuizEngine>(['deckNames', 'tick', 'workspaceRemoved', 'localeOf']);

/** Wires the use cases to their dependencies. */
export function createEngine(deps: EngineDeps): QuizEngine {
  const ctx = new EngineContext(deps);
  let ticking: Promise<void> | undefined;

  async function tickOnce(): Promise<void> {
    for (const r of ctx.store.dueRounds(ctx.now(), 200)) await closeQuizRound(ctx, r.id);
    for (const r of ctx.store.pendingReveals(ctx.now(), 100)) await retryReveal(ctx, r);
    await resumeClaims(ctx);
    for (const id of ctx.store.stalledSessions(ctx.now() - CLAIM_LEASE_MS)) await advanceQuiz(ctx, id);
    await runDueSchedules(ctx);
    await runDueReminders(ctx);
    await runSeasonEnds(ctx);
    ctx.store.boards.fold();
    ctx.store.cards.fold();
    // Recorded last: a tick that keeps failing shows as an old tick in /status.
    const h = deps.health;
    if (h) ctx.store.tx(() => ctx.store.processes.beat(h.processId, h.startedAt, ctx.now(), h.shards()));
  }

  const engine: QuizEngine = {
    help: () => ({ ...info(helpText, 'help'), title: msg('help.title') }),
    status: (c) => status(ctx, c),
    ask: (c) => ask(ctx, c),
    answer: (c, t, roundId) => answer(ctx, c, t, roundId),
    answerPrompt: (c, roundId) => answerPrompt(ctx, c, roundId),
    practice: (c, deck) => practice(ctx, c, deck),
    practiceFrom: (c, roundId) => practiceFrom(ctx, c, roundId),
    practiceStats: (c) => practiceStats(ctx, c),
    practiceRemind: (c, o) => practiceRemind(ctx, c, o),
    quizStart: (c, o) => quizStart(ctx, c, o),
    quizStop: (c) => quizStop(ctx, c),
    leaderboard: (c, o) => leaderboard(ctx, c, o),
    seasonStart: (c, o) => seasonStart(ctx, c, o),
    seasonEnd: (c) => seasonEnd(ctx, c),
    stats: (c, u, o) => stats(ctx, c, u, o),
    deckList: (c) => deckList(ctx, c),
    deckShow: (c, name) => deckShow(ctx, c, name),
    deckImport: (c, f) => deckImport(ctx, c, f),
    deckUse: (c, name) => deckUse(ctx, c, name),
    deckRemove: (c, name) => deckRemove(ctx, c, name),
    deckNames: (ref) => {
      const ws = ctx.store.findWorkspace(ref.platform, ref.workspaceId);
      return ws ? deps.decks.names(ws.id) : deps.decks.names(0);
    },
    dailySetup: (c, o) => dailySetup(ctx, c, o),
    dailyPause: (c) => dailyPause(ctx, c),
    dailyResume: (c) => dailyResume(ctx, c),
    dailyNow: (c) => dailyNow(ctx, c),
    dailyStatus: (c) => dailyStatus(ctx, c),
    dailySkip: (c) => dailySkip(ctx, c),
    appealPrompt: (c, answerId) => appealPrompt(ctx, c, answerId),
    appeal: (c, o) => appeal(ctx, c, o),
    reviewList: (c, o) => reviewList(ctx, c, o),
    reviewPrompt: (c, answerId) => reviewPrompt(ctx, c, answerId),
    reviewDecide: (c, o) => reviewDecide(ctx, c, o),
    gradeSet: (c, o) => gradeSet(ctx, c, o),
    reviewLog: (c, o) => reviewLog(ctx, c, o),
    settings: (c, changes) => settings(ctx, c, changes),
    localeOf: (c) => memberLocale(ctx, c),
    // One tick at a time: overlapping ticks would race for the same due work.
    tick: () => {
      ticking ??= tickOnce().finally(() => {
        ticking = undefined;
      });
      return ticking;
    },
    workspaceRemoved: (ref) => {
      const ws = ctx.store.findWorkspace(ref.platform, ref.workspaceId);
      if (ws) ctx.store.tx(() => ctx.store.markWorkspaceRemoved(ws.id, ctx.now()));
      ctx.forgetIds();
    },
  };
  // Use cases people call get a polite reply on a full, read-only or damaged database;
  // the scheduler's tick keeps raw errors, which it logs.
  for (const key of Object.keys(engine) as (keyof QuizEngine)[]) {
    if (key !== 'tick') (engine as unknown as Record<string, unknown>)[key] = politeOnStorageFault(engine[key] as (...a: unknown[]) => unknown);
  }
  // Every reply and user error a member gets leaves here with its language (see replyLocale.ts);
  // channel posts get theirs in deliver().
  for (const key of Object.keys(engine) as (keyof QuizEngine)[]) {
    if (!withoutCaller.has(key)) (engine as unknown as Record<string, unknown>)[key] = inCallersLocale(ctx, engine[key] as (c: Caller, ...a: unknown[]) => unknown);
  }
  return engine;
}
