import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf, problemsOf } from './deckResult.ts';

describe('details of the YAML trivia format', () => {
  it('reports a question listed twice on the second entry', () => {
    expect(problemsOf(parseDeck('Gold?:\n- Au\nSilver?:\n- Ag\nGold?:\n- gold\n', 'yaml', 'x.yaml'))).toEqual([
      expect.stringMatching(/^5: line 5 repeats the question on line 1 \("Gold\?"\); keep one entry/),
    ]);
  });

  it('reads numbers and years as text answers', () => {
    const deck = deckOf(parseDeck('When did WW2 end?:\n- 1945\nPi to two places?:\n- 3.14\n', 'yaml', 'x.yaml'));
    expect(deck.questions.map((q) => q.accepted)).toEqual([['1945'], ['3.14']]);
  });

  it('refuses a YAML file that is a list instead of a mapping, saying what it expects', () => {
    expect(problemsOf(parseDeck('- a\n- b\n', 'yaml', 'x.yaml'))).toEqual([expect.stringMatching(/^1: .*question: \[accepted answers\]/)]);
  });
});

describe('details of the CSV format', () => {
  it('reads semicolon-separated files as spreadsheets save them', () => {
    const deck = deckOf(parseDeck('Question;Answer\nSymbol for iron?;Fe;iron\n', 'csv', 'x.csv'));
    expect(deck.questions[0]).toMatchObject({ prompt: 'Symbol for iron?', accepted: ['Fe', 'iron'] });
  });

  it('reads a quote inside unquoted text as text, and a space after a closing quote as nothing', () => {
    const deck = deckOf(parseDeck('What does "ReLU" stand for?,"rectified linear unit" ,ReLU\n', 'csv', 'x.csv'));
    expect(deck.questions[0]).toMatchObject({ prompt: 'What does "ReLU" stand for?', accepted: ['rectified linear unit', 'ReLU'] });
  });

  it('numbers rows by the line they start on, past blank lines and quoted line breaks', () => {
    const deck = deckOf(parseDeck('A?,"one\ntwo"\n\n  \nB?,b\n"C\n?",c\nD?,d', 'csv', 'x.csv'));
    expect(deck.questions.map((q) => [q.prompt, q.line])).toEqual([['A?', 1], ['B?', 5], ['C ?', 6], ['D?', 8]]);
  });

  it('reports an unclosed quote on the line where that quote opens', () => {
    expect(problemsOf(parseDeck('A?,a\n"B\n?",b,"never\nclosed\n', 'csv', 'x.csv'))).toEqual([expect.stringMatching(/^3: a quoted field starts here/)]);
  });

  it('reports text after a closing quote on its line', () => {
    expect(problemsOf(parseDeck('A?,a\nB?,"b"c\n', 'csv', 'x.csv'))).toEqual([expect.stringMatching(/^2: text follows the closing quote/)]);
  });

  it('warns that a quote after a space is text, not the start of a quoted field', () => {
    const result = parseDeck('Two planets?, "Mars, Venus"\n', 'csv', 'x.csv');
    expect(result.ok && result.warnings).toEqual([{ line: 1, message: expect.stringMatching(/quote after a space is read as text/) }]);
  });
});

describe('details of the JSON format', () => {
  it('names an unknown field, so a typo is not silently dropped', () => {
    const json = '{\n  "questions": [\n    {"prompt": "Why?", "answr": "Because."}\n  ]\n}\n';
    expect(problemsOf(parseDeck(json, 'json', 'x.json'))).toEqual([expect.stringMatching(/^3: questions\[0\]: unknown field "answr"/)]);
  });

  it('reports a duplicate question number with both lines', () => {
    const json = '{\n  "questions": [\n    {"number": 1, "prompt": "A?", "answer": "a"},\n    {"number": 1, "prompt": "B?", "answer": "b"}\n  ]\n}\n';
    expect(problemsOf(parseDeck(json, 'json', 'x.json'))).toEqual(['4: question 1 is numbered like the question on line 3']);
  });
});
