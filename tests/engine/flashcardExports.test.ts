import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { ankiPackage } from '../helpers/ankiPackage.ts';
import { refusal, shown } from '../helpers/shown.ts';
import { type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

const admin = caller({ isAdmin: true });
let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

const importFile = (fileName: string, text: string) => shown(t.engine.deckImport(admin, { fileName, bytes: Buffer.from(text) })).body;
const show = (name: string) => shown(t.engine.deckShow(caller(), name)).body;
/** Starts a one-question quiz on the deck and answers it. */
function grade(name: string, answer: string): string {
  shown(t.engine.quizStart(caller(), { deck: name, questions: 1 }));
  return shown(t.engine.answer(caller(), answer)).body;
}

describe('Anki "Notes in Plain Text" exports', () => {
  const anki = [
    '#separator:tab',
    '#html:true',
    '#notetype column:1',
    '#deck column:2',
    '#tags column:5',
    'Basic\tGeography::Europe\tCapital of <b>France</b>?\tParis\tgeo europe',
    'Basic\tGeography::Europe\tCity on the <i>Tiber</i> &amp; capital of Italy?\t<div>Rome</div>\tgeo',
    '',
  ].join('\n');

  it('reads the header, leaves out the metadata columns and takes the first field as the question, the next as the answer', () => {
    expect(importFile('geo.txt', anki)).toMatch(/Imported deck \*\*geo\*\*: Geo, 2 questions\./);
    const body = show('geo');
    expect(body).toContain('1. [short] Capital of France?');
    expect(body).toContain('2. [short] City on the Tiber & capital of Italy?');
    expect(body).not.toContain('Basic');
  });

  it('grades against the answer made text', () => {
    importFile('geo.txt', anki.replace(/\nBasic\tGeography::Europe\tCity[^\n]*/, ''));
    expect(grade('geo', 'Paris')).toMatch(/^Correct!/);
  });

  it('turns <br> into a new line and decodes entities', () => {
    importFile('bio.txt', '#separator:semicolon\n#html:true\nWhat do mitochondria do?;"They make ATP&nbsp;for the cell<br>by cellular respiration, using oxygen and glucose"\n');
    shown(t.engine.quizStart(caller(), { deck: 'bio', questions: 1 }));
    const stopped = JSON.stringify(shown(t.engine.answer(caller(), 'They make ATP')));
    expect(stopped).not.toMatch(/<br>|&nbsp;/);
    expect(show('bio')).toContain('1. [open] What do mitochondria do?');
  });

  it('reads quoted fields with the separator inside, and the other separators by name', () => {
    expect(importFile('pipes.txt', '#separator:Pipe\n#html:false\n"Who wrote ""Faust""?"|Goethe\nLargest planet?|Jupiter\n')).toMatch(/2 questions/);
    expect(show('pipes')).toContain('1. [short] Who wrote "Faust"?');
    expect(importFile('commas.txt', '#separator:comma\n"Smallest prime, please?",2\n')).toMatch(/1 question\./);
  });

  it('asks a cloze note with its deletion hidden and accepts the deleted words', () => {
    importFile('cloze.txt', '#separator:tab\n#html:true\n#notetype column:1\nCloze\tThe capital of Australia is {{c1::Canberra}}.\t\n');
    expect(show('cloze')).toContain('1. [short] The capital of Australia is […].');
    expect(grade('cloze', 'Canberra')).toMatch(/^Correct!/);
  });

  it('refuses an unknown separator and a note without an answer, on their lines', () => {
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'x.txt', bytes: Buffer.from('#separator:wiggle\nA\tB\n') }))).toMatch(/line 1: Anki's separator "wiggle"/);
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'x.txt', bytes: Buffer.from('#separator:tab\nA?\tB\nC?\t\n') }))).toMatch(/line 3: this note's second field \(its answer\) is empty/);
  });

});

describe('Anki packages (.apkg)', () => {
  const notes = [
    { fields: ['Capital of <b>France</b>?', 'Paris'], tags: ' geo europe ' },
    { fields: ['The capital of Australia is {{c1::Canberra}}.', ''] },
    { fields: ['What does ATP&nbsp;stand for?', 'adenosine<br>triphosphate'] },
  ];
  const importPackage = (bytes: Buffer) => shown(t.engine.deckImport(admin, { fileName: 'anki.apkg', bytes })).body;

  it('reads the zstd collection of a current package, not its placeholder for old Ankis', () => {
    expect(importPackage(ankiPackage(notes))).toMatch(/Imported deck \*\*anki\*\*: Anki, 3 questions\./);
    const body = show('anki');
    expect(body).toContain('1. [short] Capital of France?');
    expect(body).toContain('2. [short] The capital of Australia is […].');
    expect(body).toContain('3. [open] What does ATP stand for?');
    expect(body).not.toContain('Please update');
  });

  it('reads a package made for older Ankis and grades its answers', () => {
    importPackage(ankiPackage(notes.slice(0, 1), { legacy: true }));
    expect(grade('anki', 'Paris')).toMatch(/^Correct!/);
  });

  it('names the note without an answer', () => {
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'anki.apkg', bytes: ankiPackage([...notes, { fields: ['Largest planet?', ''] }]) }))).toMatch(
      /• note 4: this note's second field \(its answer\) is empty/,
    );
  });

  it('refuses a file that is no zip, and a zip without a collection, saying how to export plain text instead', () => {
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'anki.apkg', bytes: Buffer.from('not a zip at all') }))).toMatch(/not an Anki package.*Notes in Plain Text/);
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'anki.apkg', bytes: Buffer.from(zipSync({ 'readme.txt': new Uint8Array([104, 105]) })) }))).toMatch(
      /holds no Anki collection.*Notes in Plain Text/,
    );
  });
});

describe('Quizlet exports: term and definition separated by a tab, one card a line', () => {
  const quizlet = 'der Hund\tthe dog\ndie Katze\tthe cat\ndas Pferd\tthe horse\n';

  it.each(['vocab.txt', 'vocab.tsv'])('reads %s as term -> definition', (fileName) => {
    expect(importFile(fileName, quizlet)).toMatch(/Imported deck \*\*vocab\*\*: Vocab, 3 questions\./);
    expect(show('vocab')).toContain('1. [short] der Hund');
  });

  it('grades the definition', () => {
    importFile('one.tsv', 'la mer\tthe sea\n');
    expect(grade('one', 'the sea')).toMatch(/^Correct!/);
  });

  it('finds a separator every line uses, such as |', () => {
    expect(importFile('pipes.txt', 'der Hund | the dog\ndie Katze | the cat\n')).toMatch(/2 questions/);
    expect(show('pipes')).toContain('2. [short] die Katze');
  });

  it('names the line of a .tsv card without a tab', () => {
    expect(refusal(() => t.engine.deckImport(admin, { fileName: 'bad.tsv', bytes: Buffer.from('der Hund\tthe dog\ndie Katze the cat\n') }))).toMatch(/line 2: this line has no a tab|line 2: this line has no tab/);
  });
});
