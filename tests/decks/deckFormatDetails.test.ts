import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf, problemsOf } from './deckResult.ts';

describe('details of the YAML trivia format', () => {
  it('reports a question listed twice on the second entry', () => {
    expect(problemsOf(parseDeck('Gold?:\n- Au\nSilver?:\n- Ag\nGold?:\n- gold\n', 'yaml', 'x.yaml'))).toEqual([
      expect.stringMatching(/^5: this question is listed twice/),
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
