import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

describe('deck import messages in chat', () => {
  it('a question a trivia list repeats names both lines', () => {
    const yaml = 'Capital of France?:\n- Paris\nCapital of Italy?:\n- Rome\nCapital of France?:\n- paris\n';
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'caps.yaml', bytes: Buffer.from(yaml) }))).toBe(
      'That deck has problems, nothing was imported:\n• line 5: line 5 repeats the question on line 1 ("Capital of France?"); keep one entry and put all its accepted answers there',
    );
  });

  it('a deck of one question is counted in the singular', () => {
    expect(shown(t.engine.deckImport(admin, { fileName: 'one.yaml', bytes: Buffer.from('Capital of France?:\n- Paris\n- Paris\n') })).body).toBe(
      'Imported deck **one**: One, 1 question. Use it with /deck use one or /quiz start one.',
    );
  });
});
