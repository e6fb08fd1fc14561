import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRegrade } from '../../src/cli/regrade.ts';
import { loadConfig } from '../../src/config.ts';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import { GRADER_VERSION } from '../../src/core/grading/graderVersion.ts';
import { loadDeckDir } from '../../src/decks/loadDeckDir.ts';
import { answerPoints } from '../../src/engine/answerPoints.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { schemaOneDatabase } from '../helpers/schemaOneDatabase.ts';
import type { RoundRow, StoredAnswerRow } from '../../src/store/rows.ts';
import { dumpDb } from '../helpers/dbDump.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const bin = fileURLToPath(new URL('../../bin/quizbot.js', import.meta.url));
const DECKS_DIR = loadConfig({}).DECKS_DIR;
const deck = loadDeckDir(DECKS_DIR).decks.get('deep-learning-training')!;
const grader = createGrader();

function quizbot(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function inProcess(args: string[], dbPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runRegrade(args, { DATABASE_PATH: dbPath, DECKS_DIR }, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

const read = <T>(file: string, sql: string): T[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};
const dumpFile = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return dumpDb(db);
  } finally {
    db.close();
  }
};

/** What the current grader gives a stored answer, with the points the engine's rule adds up. */
function regraded(a: StoredAnswerRow, r: RoundRow) {
  const g = grader.grade(deck.questions.find((q) => q.number === r.question)!, a.text);
  return { score: g.score, verdict: g.verdict, matched: JSON.stringify(g.matched), missed: JSON.stringify(g.missed), feedback: JSON.stringify(g.feedback), points: answerPoints(g, r, a.answered_at), confidence: g.confidence, grader_version: g.graderVersion, contradicted: JSON.stringify(g.contradicted) };
}

let t: TestEngine;
let file: string;
/** The verdict changes and points change the current grader makes to the stored (tampered) answers. */
let expected: { transitions: Map<string, number>; pointsChange: number; rows: ReturnType<typeof regraded>[] };

beforeEach(async () => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
  file = t.dbPath;
  const ada = caller({ channelId: 'c1' });
  const bob = caller({ channelId: 'c1', userId: 'u2', userName: 'Bob' });
  for (const [n, texts] of [
    [6, ['L1 regularization, dropout and pruning', 'dropout']],
    [1, ["No: identical weights make every neuron learn the same thing", 'yes']],
  ] as const) {
    const reply = t.engine.quizStart(ada, { questions: 1, seconds: 60 });
    t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, Number(reply.buttons![0]!.id.split(':')[1]));
    t.clock.advance(20_000);
    t.engine.answer(ada, texts[0]);
    t.engine.answer(bob, texts[1]);
    await t.engine.quizStop(ada);
  }
  // As if graded by an older grader that judged the first answer the other way round.
  t.store.db.exec('UPDATE answers SET grader_version = NULL, confidence = NULL');
  const first = t.store.db.prepare('SELECT * FROM answers ORDER BY id LIMIT 1').get() as StoredAnswerRow;
  const flipped = first.verdict === 'incorrect' ? { score: 1, verdict: 'correct', points: 10 } : { score: 0, verdict: 'incorrect', points: 0 };
  t.store.db.prepare('UPDATE answers SET score = ?, verdict = ?, points = ? WHERE id = ?').run(flipped.score, flipped.verdict, flipped.points, first.id);
  t.store.boards.rebuild();

  const rounds = new Map((t.store.db.prepare('SELECT * FROM rounds').all() as RoundRow[]).map((r) => [r.id, r]));
  const stored = t.store.db.prepare('SELECT * FROM answers ORDER BY id').all() as StoredAnswerRow[];
  const rows = stored.map((a) => regraded(a, rounds.get(a.round_id)!));
  const transitions = new Map<string, number>();
  stored.forEach((a, i) => {
    const to = rows[i]!.verdict;
    if (to !== a.verdict) transitions.set(`${a.verdict}→${to}`, (transitions.get(`${a.verdict}→${to}`) ?? 0) + 1);
  });
  expected = { transitions, pointsChange: rows.reduce((n, r, i) => n + r.points - stored[i]!.points, 0), rows };
  t.close();
});
afterEach(() => t.cleanup());

/** The summary lines between the first and the last, which a dry run and a real run share. */
function middle(): string[] {
  const changed = [...expected.transitions.values()].reduce((a, b) => a + b, 0);
  const pts = expected.pointsChange > 0 ? `+${expected.pointsChange}` : String(expected.pointsChange);
  return [
    `Answers examined: 4 (graded by another version than ${GRADER_VERSION})`,
    'Previous grader versions: legacy 4',
    'Skipped: 0 (deck or question no longer exists)',
    `Verdicts changed: ${changed} (`,
    `Points change: ${pts}`,
    'Streaks replayed: 0 members',
    // Transitions are listed most frequent first; each appears as "N from→to".
    ...[...expected.transitions].map(([k, n]) => `${n} ${k}`),
  ];
}

// Each test runs quizbot as a user would, in child processes of a second or two each on a busy machine.
describe('quizbot regrade', { timeout: 30_000 }, () => {
  it('--dry-run prints the summary and writes nothing', () => {
    const before = dumpFile(file);
    const r = quizbot(['regrade', '--dry-run'], { DATABASE_PATH: file });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`Regrading stored answers with grader ${GRADER_VERSION} (dry run: nothing is written).`);
    expect(lines.at(-1)).toBe('Nothing was written; run without --dry-run to apply.');
    for (const part of middle()) expect(r.out).toContain(part);
    expect(lines.slice(1, -1)).toHaveLength(6);
    expect(dumpFile(file)).toEqual(before);
  });

  it('applies the new grades and points, and leaderboards and stats follow', () => {
    const r = quizbot(['regrade'], { DATABASE_PATH: file });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`Regrading stored answers with grader ${GRADER_VERSION}.`);
    expect(lines.at(-1)).toBe('Updated 4 answers; leaderboards and stats rebuilt.');
    for (const part of middle()) expect(r.out).toContain(part);

    const rows = read<StoredAnswerRow>(file, 'SELECT * FROM answers ORDER BY id');
    expect(rows.map(({ score, verdict, matched, missed, feedback, points, confidence, grader_version, contradicted }) => ({ score, verdict, matched, missed, feedback, points, confidence, grader_version, contradicted }))).toEqual(expected.rows);

    t = t.restart();
    const ada = caller({ channelId: 'c1' });
    const adaPoints = rows.filter((a) => a.user_id === rows[0]!.user_id).reduce((n, a) => n + a.points, 0);
    expect(shown(t.engine.stats(ada)).fields!.find((f) => f.name === 'Points')!.value).toBe(String(adaPoints));
    expect(shown(t.engine.leaderboard(ada, { period: 'all' })).body).toContain(`Ada: ${adaPoints} pts (2 answers)`);
    expect(shown(t.engine.leaderboard(ada, { period: 'today' })).body).toContain(`Ada: ${adaPoints} pts (2 answers)`);

    const again = quizbot(['regrade'], { DATABASE_PATH: file });
    expect(again.out).toContain('Answers examined: 0');
    expect(again.out).toContain('Nothing to regrade.');
  });

  it('lists regrade in the help and answers wrong usage with the usage line (exit 2)', () => {
    expect(quizbot(['help'], { DATABASE_PATH: file }).out).toContain('quizbot regrade [--dry-run] [--deck NAME] [--from-version V]');
    const r = quizbot(['regrade', '--frobnicate'], { DATABASE_PATH: file });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual(['Unknown option --frobnicate.', 'Usage: quizbot regrade [--dry-run] [--deck NAME] [--from-version VERSION|legacy]']);
    const wrong: [string[], string][] = [
      [['--deck'], 'Option --deck needs a value.'],
      [['--deck', '--dry-run'], 'Option --deck needs a value.'],
      [['--dry-run', '--dry-run'], 'Option --dry-run is given twice.'],
      [['--dry-run=yes'], 'Option --dry-run takes no value.'],
      [['--from-version='], 'Option --from-version needs a value.'],
      [['extra'], 'Unexpected argument "extra".'],
    ];
    for (const [args, problem] of wrong) {
      const run = inProcess(args, file);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err, args.join(' ')).toEqual([`${problem}\nUsage: quizbot regrade [--dry-run] [--deck NAME] [--from-version VERSION|legacy]`]);
    }
    expect(inProcess(['--help'], file)).toEqual({ code: 0, out: ['Usage: quizbot regrade [--dry-run] [--deck NAME] [--from-version VERSION|legacy]'], err: [] });
  });

  it('says politely, in one line and with exit 1, that there is no database', () => {
    const missing = path.join(t.dir, 'nowhere.db');
    const r = quizbot(['regrade'], { DATABASE_PATH: missing });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toEqual([`There is no database at ${missing}: nothing to regrade. Check DATABASE_PATH.`]);
    expect(quizbot(['regrade', '--dry-run'], { DATABASE_PATH: missing }).code).toBe(1);
  });

  it('refuses an unknown deck and the current version as the one to regrade from (exit 1)', () => {
    const before = dumpFile(file);
    const deckRun = inProcess(['--deck', 'no-such-deck'], file);
    expect(deckRun).toEqual({ code: 1, out: [], err: ['There is no deck called "no-such-deck": none in DECKS_DIR, none imported and no answers to one.'] });
    const versionRun = inProcess([`--from-version=${GRADER_VERSION}`], file);
    expect(versionRun).toEqual({ code: 1, out: [], err: [`Answers graded by ${GRADER_VERSION} already have the current grader's grades; nothing to regrade.`] });
    expect(dumpFile(file)).toEqual(before);
  });

  it('refuses a database from a newer quizbot without touching it (exit 1)', () => {
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const r = inProcess([], file);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringContaining('newer quizbot')]);
  });

  it('filters by deck and by the grading version', () => {
    expect(inProcess(['--dry-run', '--deck', 'general-science'], file).out).toContain('Answers examined: 0 (deck general-science, graded by another version than ' + GRADER_VERSION + ')');
    expect(inProcess(['--dry-run', '--from-version', 'legacy'], file).out).toContain('Answers examined: 4 (graded by legacy)');
    expect(inProcess(['--dry-run', '--from-version', '1.0.0'], file).out).toContain('Answers examined: 0 (graded by 1.0.0)');
    expect(inProcess(['--deck=general-science', '--dry-run'], file).out).toContain('Answers examined: 0 (deck general-science, graded by another version than ' + GRADER_VERSION + ')');
  });
});

describe('quizbot regrade on a database from before grader versions (schema 1)', () => {
  let dir: string;
  let old: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'quizbot-regrade-'));
    old = path.join(dir, 'old.db');
    schemaOneDatabase(
      old,
      `
      INSERT INTO workspaces (id, platform, external_id) VALUES (1, 'discord', 'g1');
      INSERT INTO users (id, workspace_id, external_id, name) VALUES (1, 1, 'u1', 'Ada');
      INSERT INTO rounds (id, workspace_id, channel_id, kind, deck, question, opened_at, closes_at, state)
        VALUES (1, 1, 'c1', 'daily', 'deep-learning-training', 6, 0, NULL, 'closed');
      INSERT INTO answers (id, round_id, user_id, text, score, verdict, matched, missed, feedback, points, answered_at)
        VALUES (1, 1, 1, 'L1 regularization, dropout and pruning', 0, 'incorrect', '[]', '[]', 'old grader', 0, 1000);
    `,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports in a dry run without upgrading the file', () => {
    const before = dumpFile(old);
    const r = inProcess(['--dry-run'], old);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('Answers examined: 1 (graded by another version than');
    expect(r.out).toContain('The database is at schema 1; a run without --dry-run upgrades it first.');
    expect(dumpFile(old)).toEqual(before);
  });

  it('upgrades the file and regrades its legacy answers', () => {
    expect(inProcess([], old).code).toBe(0);
    const [a] = read<StoredAnswerRow>(old, 'SELECT * FROM answers');
    expect(a).toMatchObject(regraded(a!, read<RoundRow>(old, 'SELECT * FROM rounds')[0]!));
    expect(read<{ points: number }>(old, 'SELECT points FROM users')[0]!.points).toBe(a!.points);
    expect(read<{ v: number }>(old, 'SELECT user_version AS v FROM pragma_user_version')[0]!.v).toBe(migrations.length);
  });
});
