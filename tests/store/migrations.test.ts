import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.ts';
import { openDb, schemaVersion } from '../../src/store/openDb.ts';
import { Store } from '../../src/store/store.ts';
import { schemaOneDatabase } from '../helpers/schemaOneDatabase.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as quizbot left it at schema 1, with one answered quiz question. */
function schema1Database(file: string): void {
  schemaOneDatabase(
    file,
    `
    INSERT INTO workspaces (id, platform, external_id) VALUES (1, 'discord', 'g1');
    INSERT INTO users (id, workspace_id, external_id, name, points, answers, score_sum, full_marks) VALUES (1, 1, 'u1', 'Ada', 7, 1, 0.667, 0);
    INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, state)
      VALUES (1, 1, 'c1', 'quiz', 'deep-learning-training', 6, 1000, 61000, 'closed');
    INSERT INTO answers (id, round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at)
      VALUES (1, 1, 1, 'dropout and pruning', 0.667, 'partial', '["dropout","pruning"]', '["L1 regularization"]', '2 of 3 key points.', 7, 2000);
  `,
  );
}

describe('migration 2: grade provenance', () => {
  it('upgrades a schema 1 database, keeping old answers as legacy grades', () => {
    const file = path.join(dir, 'old.db');
    schema1Database(file);
    const db = openDb(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT * FROM answers WHERE id = 1').get()).toEqual({
      id: 1,
      round_id: 1,
      user_id: 1,
      text: 'dropout and pruning',
      score: 0.667,
      verdict: 'partial',
      matched: '["dropout","pruning"]',
      missed: '["L1 regularization"]',
      feedback: '2 of 3 key points.',
      points: 7,
      answered_at: 2000,
      confidence: null,
      grader_version: null,
      contradicted: '[]',
      provisional: 0,
    });
    expect(db.prepare('SELECT points, answers FROM users WHERE id = 1').get()).toEqual({ points: 7, answers: 1 });
    db.close();
  });

  it('gives a new database the same answer columns as an upgraded one', () => {
    const old = path.join(dir, 'old.db');
    schema1Database(old);
    const columns = (file: string) => {
      const db = openDb(file);
      const cols = db.prepare("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('answers') ORDER BY cid").all();
      db.close();
      return cols;
    };
    expect(columns(old)).toEqual(columns(path.join(dir, 'new.db')));
  });

  it('opens read-only without migrating or creating anything', () => {
    const file = path.join(dir, 'old.db');
    schema1Database(file);
    const db = openDb(file, { readonly: true });
    expect(schemaVersion(db)).toBe(1);
    expect(() => db.exec('DELETE FROM answers')).toThrow(/readonly/);
    db.close();
    expect(() => openDb(path.join(dir, 'missing.db'), { readonly: true })).toThrow(/no database at/);
  });
});

/** A database as quizbot left it at schema 2 (before workspace settings), with one server that chose a deck. */
function schema2Database(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.slice(0, 2)) db.exec(m);
  db.pragma('user_version = 2');
  db.exec("INSERT INTO workspaces (id, platform, external_id, active_deck) VALUES (1, 'discord', 'g1', 'biology');");
  db.close();
}

describe('migration 3: workspace settings', () => {
  it('upgrades a schema 2 database: its servers start with no settings, and can save some', () => {
    const file = path.join(dir, 'old.db');
    schema2Database(file);
    const db = openDb(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    const store = new Store(db);
    expect(store.workspaceById(1).active_deck).toBe('biology');
    expect(store.settings.get(1)).toEqual({});
    expect(store.settings.save(1, { language: 'de', quizSeconds: 30 })).toEqual({ language: 'de', quizSeconds: 30 });
    db.close();
    const again = openDb(file);
    expect(new Store(again).settings.get(1)).toEqual({ language: 'de', quizSeconds: 30 });
    again.close();
  });

  it('gives a new database the same settings table as an upgraded one', () => {
    const old = path.join(dir, 'old.db');
    schema2Database(old);
    const columns = (file: string) => {
      const db = openDb(file);
      const cols = db.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('workspace_settings') ORDER BY cid").all();
      db.close();
      return cols;
    };
    expect(columns(old)).toEqual(columns(path.join(dir, 'new.db')));
    expect(columns(old)).not.toEqual([]);
  });
});

describe('workspace settings in the store', () => {
  it('merges changes, resets with null, and drops a setting with its server', () => {
    const db = openDb(path.join(dir, 'q.db'));
    const store = new Store(db);
    const ws = store.workspace('slack', 'T1').id;
    store.settings.save(ws, { language: 'de', quizQuestions: 3, revealInThread: true });
    expect(store.settings.save(ws, { quizQuestions: null, revealInThread: false, quizSeconds: undefined })).toEqual({ language: 'de', revealInThread: false });
    expect(store.settings.get(store.workspace('slack', 'T2').id)).toEqual({});
    db.prepare('DELETE FROM workspaces WHERE id = ?').run(ws);
    expect(db.prepare('SELECT COUNT(*) AS n FROM workspace_settings').get()).toEqual({ n: 0 });
    db.close();
  });

  it('reads a language quizbot no longer ships as unset, so the default applies', () => {
    const db = openDb(path.join(dir, 'q.db'));
    const store = new Store(db);
    const ws = store.workspace('discord', 'g1').id;
    store.settings.save(ws, { quizSeconds: 30 });
    db.prepare("UPDATE workspace_settings SET language = 'tlh' WHERE workspace_id = ?").run(ws);
    expect(store.settings.get(ws)).toEqual({ quizSeconds: 30 });
    db.close();
  });
});

/** A database as quizbot left it at schema 3 (before reviews): a server with settings, a member and a graded quiz answer. */
function schema3Database(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.slice(0, 3)) db.exec(m);
  db.pragma('user_version = 3');
  db.exec(`
    INSERT INTO workspaces (id, platform, external_id) VALUES (1, 'discord', 'g1');
    INSERT INTO workspace_settings (workspace_id, language, quiz_seconds) VALUES (1, 'de', 30);
    INSERT INTO users (id, workspace_id, external_id, name, points, answers, score_sum, full_marks) VALUES (1, 1, 'u1', 'Ada', 7, 1, 0.667, 0), (2, 1, 'boss', 'Boss', 0, 0, 0, 0);
    INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, closed_at, state)
      VALUES (1, 1, 'c1', 'quiz', 'deep-learning-training', 6, 1000, 61000, 61000, 'closed');
    INSERT INTO answers (id, round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at, confidence, grader_version, contradicted)
      VALUES (1, 1, 1, 'dropout and pruning', 0.667, 'partial', '["dropout","pruning"]', '["L1 regularization"]', '{"raw":"2 of 3"}', 7, 2000, 0.4, 'v9', '[]');
  `);
  db.close();
}

describe('migration 4: appeals, provisional grades and decisions', () => {
  it('upgrades a schema 3 database: old grades are final, settings and members stay, and appeals and decisions can be stored', () => {
    const file = path.join(dir, 'old.db');
    schema3Database(file);
    const db = openDb(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    const store = new Store(db);
    // A grade stored before reviews existed is not provisional, whatever its confidence.
    expect(store.answerOf(1, 1)).toMatchObject({ id: 1, score: 0.667, confidence: 0.4, provisional: 0 });
    expect(store.userById(1)).toMatchObject({ name: 'Ada', points: 7, locale: null });
    expect(store.settings.get(1)).toEqual({ language: 'de', quizSeconds: 30 });
    expect(store.reviews.pendingCount(1)).toBe(0);

    expect(store.settings.save(1, { reviewerRoleId: 'role-1' })).toEqual({ language: 'de', quizSeconds: 30, reviewerRoleId: 'role-1' });
    expect(store.reviews.insertAppeal(1, 'same idea', 5000)).toBe(true);
    expect(store.reviews.insertAppeal(1, 'again', 6000)).toBe(false);
    expect(store.reviews.pending(1, 5, 0)).toEqual([{ answerId: 1, since: 5000 }]);
    const a = store.reviews.answer(1)!;
    expect(a).toMatchObject({ verdict: 'partial', matched: ['dropout', 'pruning'], feedback: { raw: '2 of 3' }, appeal: { reason: 'same idea', status: 'pending' }, member: { externalId: 'u1', name: 'Ada' } });
    const id = store.tx(() =>
      store.reviews.recordDecision({
        workspaceId: 1, answer: a, reviewerId: 2, decidedAt: 7000, source: 'appeal',
        before: { score: 0.667, verdict: 'partial', points: 7 }, after: { score: 1, verdict: 'correct', points: 10 }, feedback: { raw: 'decided' }, note: 'ok',
      }),
    );
    expect(store.reviews.decision(id)).toEqual({
      id, workspaceId: 1, answerId: 1, deck: 'deep-learning-training', question: 6,
      reviewer: { id: 2, externalId: 'boss', name: 'Boss' }, member: { id: 1, externalId: 'u1', name: 'Ada' },
      decidedAt: 7000, source: 'appeal', before: { score: 0.667, verdict: 'partial', points: 7 }, after: { score: 1, verdict: 'correct', points: 10 }, note: 'ok',
    });
    expect(store.reviews.pendingCount(1)).toBe(0);
    expect(store.reviews.decidedAnswers(1, 'deep-learning-training', 6)).toEqual([{ answer: 'dropout and pruning', verdict: 'correct' }]);
    db.close();
  });

  it('gives a new database the same review tables and columns as an upgraded one', () => {
    const old = path.join(dir, 'old.db');
    schema3Database(old);
    const schema = (file: string) => {
      const db = openDb(file);
      const cols = Object.fromEntries(
        ['answers', 'users', 'workspace_settings', 'appeals', 'decisions'].map((t) => [t, db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${t}') ORDER BY cid`).all()]),
      );
      const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
      db.close();
      return { cols, indexes };
    };
    const upgraded = schema(old);
    expect(upgraded).toEqual(schema(path.join(dir, 'new.db')));
    expect(upgraded.cols.appeals).not.toEqual([]);
  });
});

/** A database as quizbot left it at schema 4 (before cards): a member who answered a quiz question. */
function schema4Database(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.slice(0, 4)) db.exec(m);
  db.pragma('user_version = 4');
  db.exec(`
    INSERT INTO workspaces (id, platform, external_id) VALUES (1, 'discord', 'g1');
    INSERT INTO users (id, workspace_id, external_id, name, points, answers, score_sum, full_marks) VALUES (1, 1, 'u1', 'Ada', 7, 1, 0.667, 0);
    INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, closed_at, state)
      VALUES (1, 1, 'c1', 'quiz', 'deep-learning-training', 6, 1000, 61000, 61000, 'closed');
    INSERT INTO answers (id, round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at, confidence, grader_version, contradicted)
      VALUES (1, 1, 1, 'dropout and pruning', 0.667, 'partial', '["dropout","pruning"]', '["L1 regularization"]', '{"raw":"2 of 3"}', 7, 2000, 0.4, 'v9', '[]');
  `);
  db.close();
}

describe('migration 5: spaced-repetition cards', () => {
  it('upgrades a schema 4 database: members and answers stay, no cards yet, and cards can be stored', () => {
    const file = path.join(dir, 'old.db');
    schema4Database(file);
    const db = openDb(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    const store = new Store(db);
    expect(store.userById(1)).toMatchObject({ name: 'Ada', points: 7 });
    expect(store.answerOf(1, 1)).toMatchObject({ score: 0.667 });
    expect(store.cards.stats(1, 5000, 0)).toEqual([]);
    // Answers stored after the upgrade review their cards; the one before it never will.
    db.exec(`INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, closed_at, state)
        VALUES (2, 1, 'c1', 'practice', 'deep-learning-training', 6, 3000, NULL, 3000, 'closed');
      INSERT INTO answers (id, round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at, confidence, grader_version, contradicted)
        VALUES (2, 2, 1, 'dropout', 0.5, 'partial', '[]', '[]', '{"raw":"1 of 2"}', 0, 3000, 0.4, 'v9', '[]');`);
    const key = { workspaceId: 1, userId: 1, deck: 'deep-learning-training', question: 6 };
    expect(store.cards.card(1, 'deep-learning-training', 6)).toMatchObject({ ...key, memory: { reps: 1, lastReview: 3000 } });
    expect(store.cards.stats(1, 3000, 0)).toEqual([{ deck: 'deep-learning-training', learned: 1, dueNow: 0, reviews: 1, recalled: 1 }]);
    db.close();
  });

  it('gives a new database the same card tables as an upgraded one', () => {
    const old = path.join(dir, 'old.db');
    schema4Database(old);
    const schema = (file: string) => {
      const db = openDb(file);
      const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE name LIKE 'card%' ORDER BY name").all();
      db.close();
      return tables;
    };
    const upgraded = schema(old);
    expect(upgraded).toEqual(schema(path.join(dir, 'new.db')));
    expect(upgraded.length).toBe(5);
  });
});
