import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
const csv = 'question,answer\nCapital of France?,Paris\n"Largest planet, by mass?",Jupiter\n';
let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

describe('decks', () => {
  it('lists the built-in decks with the active one marked', () => {
    const r = shown(t.engine.deckList(caller()));
    expect(r.title).toBe('Decks');
    expect(r.body).toContain('▶ **deep-learning-training**');
    expect(r.body).toContain('(7 questions, built in)');
    expect(r.body).toMatch(/\n\n▶ marks the deck used when none is named\.$/);
  });

  it('shows a deck with each question number, type and prompt', () => {
    const r = shown(t.engine.deckShow(caller(), 'deep-learning-training'));
    expect(r.title).toContain('(7 questions)');
    expect(r.body).toContain('6. [open] Name three ways you can produce a sparse model.');
  });

  it('imports, uses and removes a deck; only admins may', () => {
    expect(refusal(() => t.engine.deckImport(caller(), { fileName: 'capitals.csv', text: csv }))).toBe('Only admins can do that.');
    expect(shown(t.engine.deckImport(admin, { fileName: 'capitals.csv', text: csv })).body).toBe(
      'Imported deck **capitals**: Capitals, 2 questions. Use it with /deck use capitals or /quiz start capitals.',
    );
    expect(shown(t.engine.deckUse(admin, 'capitals')).body).toBe('Quizzes here now use **capitals** (Capitals) when no deck is named.');
    const q = shown(t.engine.quizStart(caller(), { questions: 1 }));
    expect(q.body).toMatch(/Capital of France\?|Largest planet, by mass\?/);
    expect(refusal(() => t.engine.deckRemove(caller(), 'capitals'))).toBe('Only admins can do that.');
    expect(shown(t.engine.deckRemove(admin, 'capitals')).body).toBe('Removed the deck **capitals**. Scores earned with it stay.');
    expect(shown(t.engine.deckList(caller())).body).not.toContain('capitals');
  });

  it('explains every problem of a broken deck and imports nothing', () => {
    const problems = refusal(() => t.engine.deckImport(admin, { fileName: 'broken.json', text: '{"title": "x", "questions": [{"type": "open"}]}' })).split('\n');
    expect(problems[0]).toBe('That deck has problems, nothing was imported:');
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.slice(1).every((p) => p.startsWith('• '))).toBe(true);
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'deck.pdf', text: 'x' }))).toMatch(/\.md, \.txt, \.tsv, \.yaml/);
    const builtIn = readFileSync(new URL('../../data/decks/deep-learning-training.md', import.meta.url), 'utf8');
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'deep-learning-training.md', text: builtIn }))).toMatch(/^"deep-learning-training" is a built-in deck/);
    expect(shown(t.engine.deckList(caller())).body).not.toContain('broken');
  });

  it('will not remove a deck a daily schedule uses', () => {
    t.engine.deckImport(admin, { fileName: 'capitals.csv', text: csv });
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'UTC', deck: 'capitals' });
    expect(refusal(() => t.engine.deckRemove(admin, 'capitals'))).toBe('The deck "capitals" is used by the daily question in <#chan-1>. Change that first with /daily setup.');
  });
});
