import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown } from '../helpers/shown.ts';
import { type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

// Zero-width space, soft hyphen, zero-width joiner, byte-order mark, word joiner, Mongolian vowel separator.
const invisible = ['\u200b', '\u00ad', '\u200d', '\ufeff', '\u2060', '\u180e'];

const deck = (answer: string, keyPoint: string) =>
  ['# Cities', '', '### 1. Which German city hosts the Oktoberfest, and what is brewed there?', '', `Answer: ${answer}`, '', 'Key points:', `- ${keyPoint}`, '- beer', ''].join('\n');

function gradeOf(deckText: string, answer: string): string {
  t.engine.deckImport(admin, { fileName: 'cities.md', text: deckText });
  shown(t.engine.quizStart(caller(), { deck: 'cities', questions: 1 }));
  return shown(t.engine.answer(caller(), answer)).body;
}

describe('invisible characters inside a word do not make a key point miss', () => {
  it.each(invisible.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), c]))(
    'U+%s in the member’s answer',
    (_, c) => {
      expect(gradeOf(deck('Munich (München), famous for its beer.', 'München'), `Mün${c}chen, where they brew beer`)).toMatch(/^Correct!/);
    },
  );

  it.each(invisible.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), c]))(
    'U+%s in the deck’s key point',
    (_, c) => {
      expect(gradeOf(deck('Munich (München), famous for its beer.', `Mün${c}chen`), 'München, where they brew beer')).toMatch(/^Correct!/);
    },
  );

  it('the deck is shown without them', () => {
    t.engine.deckImport(admin, { fileName: 'cities.md', text: deck('Munich (Mün\u00adchen), famous for its beer.', 'München').replace('Oktoberfest', 'Oktober\u200bfest') });
    expect(shown(t.engine.deckShow(caller(), 'cities')).body).toContain('Which German city hosts the Oktoberfest,');
  });
});
