import type { Logger } from 'pino';
import type { Deck, Question } from '../core/deck.ts';
import type { Grader } from '../core/grading/grader.ts';
import { type Locale, supportedLocale } from '../i18n/locales.ts';
import type { Store } from '../store/store.ts';
import type { UserRow, WorkspaceRow } from '../store/rows.ts';
import type { DeckLibrary, NamedDeck } from './deckLibrary.ts';
import type { ProcessHealth } from './processHealth.ts';
import { UserError } from './errors.ts';
import { msg } from '../core/text.ts';
import { unknownDeck } from './messages.ts';
import type { Caller, Clock, Platform, Poster } from './types.ts';

export interface EngineSettings {
  defaultDeck: string;
  quizQuestions: number;
  quizSeconds: number;
  /** Hours a daily question stays open; 0 keeps it open until the next one. */
  dailyWindowHours: number;
  /** How late a missed daily post may still go out. */
  dailyGraceHours: number;
  maxAnswerLength: number;
  /** The language of servers that chose none (DEFAULT_LOCALE). */
  defaultLocale: Locale;
  /** A platform's own default before `defaultLocale`: the playground's QUIZBOT_LOCALE. */
  platformLocales: Partial<Record<Platform, Locale>>;
  /** Platforms whose reveals can go into the question's thread (Slack): only there is that setting shown. */
  threadedPlatforms: readonly Platform[];
  /** Reveals as thread replies where a server chose nothing (SLACK_REVEAL_IN_THREAD). */
  revealInThread: boolean;
  /** Days after a question closed (after answering, in practice) that its grades may be appealed (APPEAL_DAYS). */
  appealDays: number;
  /** Grades with a lower confidence are provisional and wait for a reviewer (REVIEW_BELOW_CONFIDENCE). */
  reviewBelowConfidence: number;
}

export const defaultSettings: EngineSettings = {
  defaultDeck: 'deep-learning-training',
  quizQuestions: 5,
  quizSeconds: 60,
  dailyWindowHours: 0,
  dailyGraceHours: 3,
  maxAnswerLength: 4000,
  defaultLocale: 'en',
  platformLocales: {},
  threadedPlatforms: [],
  revealInThread: false,
  appealDays: 7,
  reviewBelowConfidence: 0.3,
};

export interface EngineDeps {
  store: Store;
  decks: DeckLibrary;
  grader: Grader;
  clock: Clock;
  poster: Poster;
  logger: Logger;
  settings: EngineSettings;
  /** This process and its shards, recorded on each tick for `/status`. */
  health?: ProcessHealth;
}

/** What every use case needs: dependencies plus the lookups they share. */
export class EngineContext {
  constructor(readonly d: EngineDeps) {}

  get store(): Store {
    return this.d.store;
  }

  now(): number {
    return this.d.clock.now();
  }

  workspace(c: Pick<Caller, 'platform' | 'workspaceId'>): WorkspaceRow {
    return this.store.workspace(c.platform, c.workspaceId);
  }

  /**
   * Row ids of the caller's workspace and member, remembered: ids never change,
   * and answering should not pay two lookups for them. A new display name goes
   * to the database once, and so does a new language the platform reports (a
   * reviewer's decision reaches the member in it later).
   */
  memberIds(c: Caller): { wsId: number; userId: number } {
    const name = c.userName || c.userId;
    const wsKey = `${c.platform}\u0000${c.workspaceId}`;
    let ws = this.ids.get(wsKey);
    if (!ws) ws = this.remember(wsKey, this.workspace(c).id, '');
    const userKey = `${ws.id}\u0000${c.userId}`;
    let user = this.ids.get(userKey);
    if (!user || user.name !== name) {
      const row = this.store.user(ws.id, c.userId, name);
      user = this.remember(userKey, row.id, name, row.locale);
    }
    const locale = supportedLocale(c.locale);
    if (locale && user.locale !== locale) {
      this.store.setUserLocale(user.id, locale);
      user.locale = locale;
    }
    return { wsId: ws.id, userId: user.id };
  }

  /** Forgets remembered ids, e.g. when a workspace is removed and must be revived on next use. */
  forgetIds(): void {
    this.ids.clear();
  }

  private readonly ids = new Map<string, { id: number; name: string; locale: string | null }>();

  private remember(key: string, id: number, name: string, locale: string | null = null): { id: number; name: string; locale: string | null } {
    if (this.ids.size >= 100_000) this.ids.clear();
    const entry = { id, name, locale };
    this.ids.set(key, entry);
    return entry;
  }

  member(c: Caller): { ws: WorkspaceRow; user: UserRow } {
    const ws = this.workspace(c);
    return { ws, user: this.store.user(ws.id, c.userId, c.userName || c.userId) };
  }

  requireAdmin(c: Caller): void {
    if (!c.isAdmin) throw new UserError('admin_only', msg('common.adminOnly'));
  }

  /** The deck a command names, or the workspace's active deck, or the default. */
  deck(ws: WorkspaceRow, name?: string): NamedDeck {
    const wanted = name?.trim() || ws.active_deck || this.d.settings.defaultDeck;
    const found = this.d.decks.get(ws.id, wanted);
    if (!found) throw new UserError('unknown_deck', unknownDeck(wanted, this.d.decks.names(ws.id)));
    if (!found.deck.questions.length) throw new UserError('empty_deck', msg('deck.empty', { name: wanted }));
    return found;
  }

  /** A question of a deck that may have been removed or changed since the round opened. */
  question(wsId: number, deckName: string, n: number): { deck?: Deck; q?: Question } {
    const d = this.d.decks.get(wsId, deckName)?.deck;
    return { deck: d, q: d?.questions.find((x) => x.number === n) };
  }
}
