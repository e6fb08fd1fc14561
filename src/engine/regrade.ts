import { type RecallRating, ratingOf } from '../core/cards/spacedRepetition.ts';
import type { Question } from '../core/deck.ts';
import { applyDecisions, type Decision } from '../core/grading/decisions.ts';
import type { Grader, Verdict } from '../core/grading/grader.ts';
import { nextStreak, type StreakState } from '../core/scoring.ts';
import { LEGACY_GRADER_VERSION } from '../store/rows.ts';
import type { RegradeCandidate, RegradeFilter, StagedGrade } from '../store/regradeRows.ts';
import type { Store } from '../store/store.ts';
import { answerPoints, creditsStreak } from './answerPoints.ts';
import type { DeckLibrary } from './deckLibrary.ts';
import { decisionsOf } from './learnedGrade.ts';
import { rerateCard } from './rerateCard.ts';

export interface RegradeDeps {
  store: Store;
  decks: DeckLibrary;
  grader: Grader;
  /** The version the grader stamps on its grades; answers already graded by it are left alone. */
  graderVersion: string;
}

export interface RegradeOptions {
  /** Report only; nothing is written (the store may be opened read-only). */
  dryRun: boolean;
  /** Only answers to this deck. */
  deck?: string;
  /** Only answers graded by this version (`legacy`: before versions were stored); default: any version but the current one. */
  fromVersion?: string;
}

export interface RegradeSummary {
  graderVersion: string;
  dryRun: boolean;
  /** Answers the filters selected. */
  examined: number;
  /** Examined answers per version that graded them before, `legacy` for unknown. */
  previousVersions: { version: string; answers: number }[];
  /** Examined answers whose deck, or whose question in it, no longer exists: left as they are. */
  skipped: number;
  /** Examined answers the grader failed on: left as they are. */
  failed: number;
  /** Answers given a new grade (written unless a dry run). */
  regraded: number;
  /** Regraded answers whose verdict changes, by transition, most frequent first. */
  verdictChanges: { from: string; to: string; answers: number }[];
  /** Sum of the points changes over the regraded answers. */
  pointsChange: number;
  /** Members whose daily streaks were (or would be) replayed because an answer gained or lost all credit. */
  streakMembers: number;
}

export type RegradeResult = { ok: true; summary: RegradeSummary } | { ok: false; error: 'unknown_deck' | 'version_is_current' };

const PAGE = 1000;

/**
 * Grades stored answers again with the current grader. Grading happens page by
 * page outside any write; the new grades are staged, then written in one
 * transaction together with the streaks they change and rebuilt score totals,
 * so leaderboards and stats never show a half-applied regrade.
 */
export function regrade(d: RegradeDeps, o: RegradeOptions): RegradeResult {
  const rows = d.store.regrades;
  if (o.deck !== undefined && !d.decks.isBuiltIn(o.deck) && !rows.deckSeen(o.deck)) return { ok: false, error: 'unknown_deck' };
  if (o.fromVersion === d.graderVersion) return { ok: false, error: 'version_is_current' };
  const filter: RegradeFilter = {
    ...(o.deck !== undefined ? { deck: o.deck } : {}),
    version: o.fromVersion === undefined ? { isNot: d.graderVersion } : { is: o.fromVersion === LEGACY_GRADER_VERSION ? null : o.fromVersion },
  };

  const s: RegradeSummary = { graderVersion: d.graderVersion, dryRun: o.dryRun, examined: 0, previousVersions: [], skipped: 0, failed: 0, regraded: 0, verdictChanges: [], pointsChange: 0, streakMembers: 0 };
  const versions = new Map<string, number>();
  const changes = new Map<string, number>();
  const streakUsers = new Set<number>();
  const rerated: { userId: number; deck: string; question: number; answeredAt: number; rating: RecallRating }[] = [];
  const questionOf = questionFinder(d.decks);
  const decisionsFor = decisionFinder(d.store);
  if (!o.dryRun) rows.startStaging();
  try {
    for (let after = 0, page = rows.page(filter, after, PAGE); page.length; after = page.at(-1)!.id, page = rows.page(filter, after, PAGE)) {
      const staged: StagedGrade[] = [];
      for (const a of page) {
        s.examined++;
        const was = a.grader_version ?? LEGACY_GRADER_VERSION;
        versions.set(was, (versions.get(was) ?? 0) + 1);
        const q = questionOf(a);
        if (!q) {
          s.skipped++;
          continue;
        }
        const g = gradeOrUndefined(d.grader, q, a.text, decisionsFor(a));
        if (!g) {
          s.failed++;
          continue;
        }
        const points = answerPoints(g, a, a.answered_at);
        s.regraded++;
        s.pointsChange += points - a.points;
        if (g.verdict !== a.verdict) changes.set(`${a.verdict}→${g.verdict}`, (changes.get(`${a.verdict}→${g.verdict}`) ?? 0) + 1);
        if (a.kind === 'daily' && a.schedule_id !== null && a.seq !== null && creditsStreak(g.score) !== creditsStreak(a.score)) streakUsers.add(a.user_id);
        if (g.verdict !== a.verdict || g.score !== a.score) rerated.push({ userId: a.user_id, deck: a.deck, question: a.question, answeredAt: a.answered_at, rating: ratingOf(g) });
        staged.push({ id: a.id, score: g.score, verdict: g.verdict, matched: g.matched, missed: g.missed, feedback: g.feedback, points, confidence: g.confidence, graderVersion: g.graderVersion, contradicted: g.contradicted });
      }
      if (!o.dryRun && staged.length) rows.stage(staged);
    }
    if (!o.dryRun && s.regraded) {
      d.store.tx(() => {
        rows.applyStaged();
        replayStreaks(d.store, [...streakUsers]);
        // Each changed grade's review of the member's card takes the new rating.
        for (const r of rerated) rerateCard(d.store, r, r.rating);
        d.store.boards.rebuild();
      });
    }
  } finally {
    if (!o.dryRun) rows.endStaging();
  }
  s.previousVersions = [...versions].map(([version, answers]) => ({ version, answers })).sort((x, y) => y.answers - x.answers || x.version.localeCompare(y.version));
  s.verdictChanges = [...changes]
    .map(([k, answers]) => {
      const [from = '', to = ''] = k.split('→');
      return { from, to, answers };
    })
    .sort((x, y) => y.answers - x.answers || verdictOrder(x.from) - verdictOrder(y.from) || verdictOrder(x.to) - verdictOrder(y.to));
  s.streakMembers = streakUsers.size;
  return { ok: true, summary: s };
}

const verdictOrder = (v: string) => ['correct', 'partial', 'incorrect'].indexOf(v as Verdict);

/** Finds an answer's question in its workspace's decks, each deck looked up once. */
function questionFinder(decks: DeckLibrary): (a: RegradeCandidate) => Question | undefined {
  const seen = new Map<string, Map<number, Question> | undefined>();
  return (a) => {
    const key = `${a.workspace_id}\u0000${a.deck}`;
    if (!seen.has(key)) {
      const deck = decks.get(a.workspace_id, a.deck)?.deck;
      seen.set(key, deck && new Map(deck.questions.map((q) => [q.number, q])));
    }
    return seen.get(key)?.get(a.question);
  };
}

/**
 * The decisions standing on an answer's question, each question looked up once: a regrade
 * grades the way answering does, following what reviewers decided.
 */
function decisionFinder(store: Store): (a: RegradeCandidate) => Decision[] {
  const any = store.regrades.hasDecisions();
  const seen = new Map<string, Decision[]>();
  return (a) => {
    if (!any) return [];
    const key = `${a.workspace_id}\u0000${a.deck}\u0000${a.question}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = decisionsOf(store, a.workspace_id, a.deck, a.question)));
    return found;
  };
}

function gradeOrUndefined(grader: Grader, q: Question, text: string, decisions: readonly Decision[]) {
  try {
    const g = grader.grade(q, text);
    return decisions.length ? applyDecisions(q, text, g, decisions) : g;
  } catch {
    return undefined;
  }
}

/**
 * Streaks are kept as running state on each member, advanced by each daily
 * answer in turn; replaying a member's daily answers in the order given gives
 * the state answering would have reached with the new grades.
 */
export function replayStreaks(store: Store, userIds: number[]): void {
  if (!userIds.length) return;
  const fresh = (): StreakState => ({ streak: 0, best: 0, scheduleId: null, seq: null });
  const states = new Map<number, StreakState>(userIds.map((id) => [id, fresh()]));
  for (const a of store.regrades.dailyScores(userIds)) {
    states.set(a.user_id, nextStreak(states.get(a.user_id) ?? fresh(), a.schedule_id, a.seq, creditsStreak(a.score)));
  }
  for (const [id, st] of states) store.setStreak(id, { streak: st.streak, best: st.best, scheduleId: st.scheduleId, seq: st.seq });
}
