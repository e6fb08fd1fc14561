import { hostname } from 'node:os';
import type pino from 'pino';
import type { Config } from './config.ts';
import { createGrader } from './core/grading/createGrader.ts';
import type { Grader } from './core/grading/grader.ts';
import { loadDeckDir } from './decks/loadDeckDir.ts';
import type { QuizEngine } from './engine/api.ts';
import { defaultSettings, type EngineSettings } from './engine/context.ts';
import { createEngine } from './engine/createEngine.ts';
import { DeckLibrary } from './engine/deckLibrary.ts';
import { PosterRouter } from './engine/posterRouter.ts';
import { ProcessHealth } from './engine/processHealth.ts';
import { type Clock, systemClock } from './engine/types.ts';
import { type Db, openDb } from './store/openDb.ts';
import { Store } from './store/store.ts';

export interface App {
  engine: QuizEngine;
  posters: PosterRouter;
  db: Db;
  store: Store;
  /** This process's shards, for `/status`: platforms register theirs once connected. */
  health: ProcessHealth;
  close(): void;
}

export function settingsFrom(config: Config): EngineSettings {
  return {
    ...defaultSettings,
    defaultDeck: config.DEFAULT_DECK,
    quizQuestions: config.QUIZ_QUESTIONS,
    quizSeconds: config.QUIZ_SECONDS,
    dailyWindowHours: config.DAILY_WINDOW_HOURS,
    dailyGraceHours: config.DAILY_GRACE_HOURS,
    defaultLocale: config.DEFAULT_LOCALE,
    platformLocales: config.QUIZBOT_LOCALE ? { shell: config.QUIZBOT_LOCALE } : {},
    threadedPlatforms: ['slack'],
    revealInThread: config.SLACK_REVEAL_IN_THREAD,
    appealDays: config.APPEAL_DAYS,
    reviewBelowConfidence: config.REVIEW_BELOW_CONFIDENCE,
  };
}

/** config -> db -> migrate -> decks -> engine; platforms plug their posters into `posters`. */
export function createApp(opts: { config: Config; logger: pino.Logger; clock?: Clock; settings?: Partial<EngineSettings>; grader?: Grader; processId?: string }): App {
  const { config, logger } = opts;
  const { decks, problems } = loadDeckDir(config.DECKS_DIR);
  for (const p of problems) for (const x of p.problems) logger.warn(`${p.file}:${x.line}: ${x.message}`);
  if (!decks.has(config.DEFAULT_DECK)) {
    throw new Error(`DEFAULT_DECK: there is no deck "${config.DEFAULT_DECK}" in ${config.DECKS_DIR} (found: ${[...decks.keys()].join(', ') || 'none'})`);
  }
  const db = openDb(config.DATABASE_PATH);
  const store = new Store(db);
  const posters = new PosterRouter();
  const clock = opts.clock ?? systemClock;
  const health = new ProcessHealth(opts.processId ?? `${hostname()}:${process.pid}`, clock.now());
  const engine = createEngine({
    store,
    decks: new DeckLibrary(store, decks),
    grader: opts.grader ?? createGrader(),
    clock,
    poster: posters,
    health,
    logger,
    settings: { ...settingsFrom(config), ...opts.settings },
  });
  return { engine, posters, db, store, health, close: () => db.close() };
}
