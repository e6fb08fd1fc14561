import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

const importCsv = (text: string, fileName = 'cards.csv') => shown(t.engine.deckImport(admin, { fileName, bytes: Buffer.from(text) })).body;
const showDeck = (name = 'cards') => shown(t.engine.deckShow(caller(), name));

describe('CSV header rows', () => {
  it.each([
    ['question,answer'],
    ['Front,Back'],
    ['Term,Definition'],
    ['prompt,response'],
    ['Q,A'],
    ['"TERM";"DEFINITION"'],
  ])('%s is read as column names, not as a question', (header) => {
    const sep = header.includes(';') ? ';' : ',';
    expect(importCsv(`${header}\nCapital of France?${sep}Paris\nCapital of Italy?${sep}Rome\n`)).toMatch(/, 2 questions\./);
    const show = showDeck();
    expect(show.body).toContain('1. [short] Capital of France?');
    expect(show.body).not.toMatch(/front|term|prompt|question\b/i);
  });

  it('finds the columns in any position', () => {
    expect(importCsv('Back,Front\nParis,Capital of France?\n')).toMatch(/, 1 question\./);
    expect(showDeck().body).toContain('1. [short] Capital of France?');
  });

  it('reads a Jeopardy CSV by its Question and Answer columns', () => {
    const jeopardy = [
      'Show Number,Air Date,Round,Category,Value,Question,Answer',
      '4680,2004-12-31,Jeopardy!,HISTORY,$200,"For the last 8 years of his life, Galileo was under house arrest for espousing this man\'s theory",Copernicus',
      '4680,2004-12-31,Jeopardy!,ESPN\'s TOP 10 ALL-TIME ATHLETES,$200,"No. 2: 1912 Olympian; football star at Carlisle Indian School; 6 MLB seasons with the Reds, Giants & Braves",Jim Thorpe',
    ].join('\n');
    expect(importCsv(jeopardy, 'jeopardy.csv')).toMatch(/, 2 questions\./);
    const show = showDeck('jeopardy');
    expect(show.body).toContain('1. [short] For the last 8 years of his life, Galileo');
    expect(show.body).not.toContain('Show Number');
  });

  it('refuses a header whose columns it cannot map, naming the columns found', () => {
    const said = refusal(() => t.engine.deckImport(admin, { fileName: 'cards.csv', bytes: Buffer.from('Term,Meaning\nephemeral,lasting a short time\n') }));
    expect(said).toContain('That deck has problems, nothing was imported:');
    expect(said).toMatch(/line 1: .*columns "Term" and "Meaning".*question.*answer/);
    expect(shown(t.engine.deckList(caller())).body).not.toContain('cards');
  });
});
