import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deckExport } from '../../src/cli/deckExport.ts';
import { loadConfig } from '../../src/config.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import type { Caller } from '../../src/engine/types.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';
import { runQuizbot } from './runQuizbot.ts';

const DECKS_DIR = loadConfig({}).DECKS_DIR;
const seedText = readFileSync(path.join(DECKS_DIR, 'deep-learning-training.md'), 'utf8');

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
  t.posters.register('slack', new RecordingPoster());
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });

/** A member answers question n of a deck in a one-question quiz; a reviewer then sets the grade. */
async function decided(who: Caller, n: number, text: string, verdict: 'correct' | 'partial' | 'incorrect', deck?: string) {
  const boss = { ...admin, platform: who.platform, workspaceId: who.workspaceId };
  const q = t.engine.quizStart(boss, { questions: 1, seconds: 60, ...(deck ? { deck } : {}) });
  t.store.db.prepare('UPDATE rounds SET question = ? WHERE id = ?').run(n, Number(q.buttons![0]!.id.split(':')[1]));
  t.engine.answer(who, text);
  await t.engine.quizStop(boss);
  await t.engine.gradeSet(boss, { userId: who.userId, question: n, verdict, ...(deck ? { deck } : {}) });
}

function run(name: string, file: string, o: { workspace?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  t.close();
  const code = deckExport(name, path.join(t.dir, file), o, { DATABASE_PATH: t.dbPath, DECKS_DIR }, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n'), text: code === 0 ? readFileSync(path.join(t.dir, file), 'utf8') : '' };
}

describe('quizbot deck export', () => {
  it('writes a bundled deck with the answers reviewers accepted as Also accepted lines, every other byte as it was', async () => {
    await decided(caller(), 6, 'Lasso penalties, dropping units, cutting small weights', 'correct');
    await decided(caller({ userId: 'u2', userName: 'Bob' }), 7, 'it is slower', 'incorrect');
    // Accepted, then overridden: the decision that stands is incorrect, so it is not kept.
    await decided(caller({ userId: 'u3', userName: 'Cy' }), 7, 'no and no', 'correct');
    await t.engine.gradeSet(admin, { userId: 'u3', question: 7, verdict: 'incorrect' });
    // Another server's accepted answer counts too, unless one workspace is named.
    await decided(caller({ workspaceId: 'guild-2', userId: 'u9', userName: 'Eve' }), 6, 'L1, dropout, pruning of weights', 'correct');

    const r = run('deep-learning-training', 'learned.md');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Wrote deep-learning-training to ${path.join(t.dir, 'learned.md')} with 2 accepted answers reviewers taught it, for 1 question.`);
    const added = '\n\nAlso accepted: Lasso penalties, dropping units, cutting small weights\n\nAlso accepted: L1, dropout, pruning of weights';
    expect(r.text).toContain(`leading to sparsity.${added}\n\nKey points:`);
    expect(r.text.replace(added, '')).toBe(seedText);
    const back = parseDeck(r.text, 'markdown');
    expect(back.ok && back.deck.questions.find((q) => q.number === 6)!.accepted).toEqual(['Lasso penalties, dropping units, cutting small weights', 'L1, dropout, pruning of weights']);

    const one = run('deep-learning-training', 'one.json', { workspace: 'discord:guild-2' });
    expect(one.code).toBe(0);
    const json = JSON.parse(one.text) as { questions: { number: number; accepted: string[] }[] };
    expect(json.questions.find((q) => q.number === 6)!.accepted).toEqual(['L1, dropout, pruning of weights']);
  });

  it('writes a deck imported in chat as JSON, and asks which workspace when several imported one of that name', async () => {
    const csv = 'question,answer\nCapital of France?,Paris\nCapital of Italy?,Rome\n';
    t.engine.deckImport(admin, { fileName: 'capitals.csv', text: csv });
    await decided(caller(), 1, 'Paname', 'correct', 'capitals');
    const r = run('capitals', 'capitals.json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const back = parseDeck(r.text, 'json');
    expect(back.ok && back.deck.questions.map((q) => [q.type, q.accepted])).toEqual([['short', ['Paris', 'Paname']], ['short', ['Rome']]]);
    expect(run('capitals', 'capitals.md')).toMatchObject({ code: 1, err: `${path.join(t.dir, 'capitals.md')}: Markdown decks hold open questions only and this deck has others; export it to .json; nothing was written.` });

    t = t.restart();
    t.engine.deckImport(caller({ platform: 'slack', workspaceId: 'T1', isAdmin: true }), { fileName: 'capitals.csv', text: csv });
    expect(run('capitals', 'x.json')).toMatchObject({ code: 1, err: '"capitals" was imported in several workspaces (discord:guild-1, slack:T1); name one with --workspace.' });
    expect(run('capitals', 'x.json', { workspace: 'T1' }).code).toBe(0);
    expect(run('nothing', 'x.json')).toMatchObject({ code: 1, err: `There is no deck called "nothing": none in ${DECKS_DIR} (DECKS_DIR) and none imported in chat.` });
    expect(run('capitals', 'x.csv').code).toBe(1);
  });

  it('runs from the command line, and names what is missing', () => {
    t.close();
    const out = path.join(t.dir, 'deck.md');
    const ok = runQuizbot(t.dir, ['deck', 'export', 'deep-learning-training', out]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out.trim()).toBe(`Wrote deep-learning-training to ${out}; reviewers accepted no answer it does not state already.`);
    expect(readFileSync(out, 'utf8')).toBe(seedText);
    const missing = runQuizbot(t.dir, ['deck', 'export', 'deep-learning-training']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('quizbot deck export NAME FILE [--workspace ID]');
  });
});
