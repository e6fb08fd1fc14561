import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';
import { ankiPackage } from '../helpers/ankiPackage.ts';

const dir = mkdtempSync(join(tmpdir(), 'quizbot-deckformats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `quizbot deck check` in process, on a file written with these bytes. */
function check(name: string, content: string | Buffer): { code: number; lines: string[]; path: string } {
  const path = join(dir, name);
  writeFileSync(path, content);
  const lines: string[] = [];
  const code = deckCheck(path, (line) => lines.push(line));
  return { code, lines, path };
}

describe('deck check decodes bytes as chat imports do', () => {
  it('names the line, column and byte where a Latin-1 file stops being UTF-8', () => {
    const { code, lines, path } = check('fest.yaml', Buffer.from('Where is the Oktoberfest held?:\n- München\n', 'latin1'));
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${path}:2: this file is not UTF-8 text: byte 0xFC at line 2, column 4 (byte 36 of the file) is not valid UTF-8. Please save the deck as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.`,
    ]);
  });
});

describe('deck check reads flashcard exports', () => {
  it('lists an Anki "Notes in Plain Text" export, its HTML made text', () => {
    const anki = '#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\nq1w2e3\tBasic\tCapital of <b>France</b>?\tParis\n';
    const { code, lines } = check('anki.txt', anki);
    expect(code).toBe(0);
    expect(lines).toEqual(['Anki', '1 question', '  1. [short] Capital of France?']);
  });

  it('lists a Quizlet export, tab between term and definition', () => {
    const { code, lines } = check('quizlet.tsv', 'der Hund\tthe dog\ndie Katze\tthe cat\n');
    expect(code).toBe(0);
    expect(lines).toEqual(['Quizlet', '2 questions', '  1. [short] der Hund', '  2. [short] die Katze']);
  });

  it('splits cards at the separator given with --separator', () => {
    const path = join(dir, 'custom.txt');
    writeFileSync(path, 'der Hund = the dog\ndie Katze = the cat\n');
    const lines: string[] = [];
    expect(deckCheck(path, (l) => lines.push(l), { separator: ' = ' })).toBe(0);
    expect(lines).toEqual(['Custom', '2 questions', '  1. [short] der Hund', '  2. [short] die Katze']);
  });

  it('lists the notes of an Anki package', () => {
    const { code, lines } = check('Spanish.apkg', ankiPackage([{ fields: ['el perro', 'the dog'] }, { fields: ['el gato', 'the cat'] }]));
    expect(code).toBe(0);
    expect(lines).toEqual(['Spanish', '2 questions', '  1. [short] el perro', '  2. [short] el gato']);
  });
});

describe('deck check messages', () => {
  it('names both lines of a question a YAML trivia list repeats', () => {
    const { code, lines, path } = check('dup.yaml', 'Capital of France?:\n- Paris\nCapital of Italy?:\n- Rome\nCapital of France?:\n- paris\n');
    expect(code).toBe(1);
    expect(lines).toEqual([`${path}:5: line 5 repeats the question on line 1 ("Capital of France?"); keep one entry and put all its accepted answers there`]);
  });

  it('says an answer listed twice is listed twice, not that it is not plain text', () => {
    const { code, lines, path } = check('twice.yaml', 'Capital of France?:\n- Paris\n- Paris\n');
    expect(code).toBe(0);
    expect(lines.slice(-1)).toEqual([`${path}:1: warning: question "Capital of France?" lists the answer "Paris" twice; it counts once`]);
  });

  it('names both lines of a repeated question in a CSV deck', () => {
    const { code, lines, path } = check('dup.csv', 'question,answer\nCapital of France?,Paris\nCapital of Italy?,Rome\ncapital of  France?,Paris\n');
    expect(code).toBe(0);
    expect(lines.slice(-1)).toEqual([`${path}:4: warning: line 4 repeats the question on line 2 ("Capital of France?")`]);
  });

  it('counts one left-out problem in the singular', () => {
    const { code, lines } = check('many.yaml', Array.from({ length: 101 }, (_, i) => `Question ${i + 1}?: []\n`).join(''));
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/: …and 1 more problem like these$/);
  });
});
