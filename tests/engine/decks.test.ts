import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    const r = t.engine.deckList(caller());
    expect(r.body).toContain('▶ **deep-learning-training**');
    expect(r.body).toContain('7 questions');
  });

  it('shows a deck with each question number, type and prompt', () => {
    const r = t.engine.deckShow(caller(), 'deep-learning-training');
    expect(r.title).toContain('(7 questions)');
    expect(r.body).toContain('6. [open] Name three ways you can produce a sparse model.');
  });

  it('imports, uses and removes a deck; only admins may', () => {
    expect(() => t.engine.deckImport(caller(), { fileName: 'capitals.csv', text: csv })).toThrow(/Only server admins/);
    expect(t.engine.deckImport(admin, { fileName: 'capitals.csv', text: csv }).body).toContain('Imported deck **capitals**');
    t.engine.deckUse(admin, 'capitals');
    const q = t.engine.quizStart(caller(), { questions: 1 });
    expect(q.body).toMatch(/Capital of France\?|Largest planet, by mass\?/);
    expect(() => t.engine.deckRemove(caller(), 'capitals')).toThrow(/Only server admins/);
    expect(t.engine.deckRemove(admin, 'capitals').body).toContain('Removed');
    expect(t.engine.deckList(caller()).body).not.toContain('capitals');
  });

  it('explains every problem of a broken deck and imports nothing', () => {
    expect(() => t.engine.deckImport(admin, { fileName: 'broken.json', text: '{"title": "x", "questions": [{"type": "open"}]}' })).toThrow(/nothing was imported/);
    expect(() => t.engine.deckImport(admin, { fileName: 'deck.pdf', text: 'x' })).toThrow(/\.md, \.txt, \.yaml/);
    expect(() => t.engine.deckImport(admin, { fileName: 'deep-learning-training.md', text: readFileSync(new URL('../../data/decks/deep-learning-training.md', import.meta.url), 'utf8') })).toThrow(/built-in/);
    expect(t.engine.deckList(caller()).body).not.toContain('broken');
  });

  it('will not remove a deck a daily schedule uses', () => {
    t.engine.deckImport(admin, { fileName: 'capitals.csv', text: csv });
    t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'UTC', deck: 'capitals' });
    expect(() => t.engine.deckRemove(admin, 'capitals')).toThrow(/used by the daily question in <#chan-1>/);
  });
});
