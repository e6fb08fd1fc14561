import { describe, expect, it } from 'vitest';
import type { Deck, DeckParseResult } from '../../src/core/deck.ts';
import { formatFromFileName, parseDeck } from '../../src/decks/parseDeck.ts';

function deckOf(result: DeckParseResult): Deck {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.deck;
}

function problemsOf(result: DeckParseResult): string[] {
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.problems.map((p) => `${p.line}: ${p.message}`);
}

describe('formatFromFileName', () => {
  it('knows every extension we read, in any case', () => {
    expect(['a.md', 'a.markdown', 'a.TXT', 'a.yaml', 'a.yml', 'a.json', 'a.csv'].map(formatFromFileName)).toEqual([
      'markdown', 'markdown', 'markdown', 'yaml', 'yaml', 'json', 'csv',
    ]);
  });

  it('returns undefined for other files', () => {
    expect(formatFromFileName('deck.pdf')).toBeUndefined();
    expect(formatFromFileName('README')).toBeUndefined();
  });
});

describe('Red-DiscordBot YAML trivia lists', () => {
  const red = [
    'AUTHOR: Ada',
    'CONFIG:',
    '  max_score: 10',
    '  delay: 30',
    'What is the chemical symbol for gold?:',
    '- Au',
    'How many planets are in the Solar System?:',
    '- 8',
    '- eight',
    '',
  ].join('\n');

  it('reads each question with its accepted answers, the first one as the model answer', () => {
    const deck = deckOf(parseDeck(red, 'yaml', 'space-and-metals.yaml'));
    expect(deck.questions).toHaveLength(2);
    expect(deck.questions[1]).toMatchObject({
      number: 2,
      type: 'short',
      prompt: 'How many planets are in the Solar System?',
      answer: '8',
      accepted: ['8', 'eight'],
      line: 7,
    });
  });

  it('takes AUTHOR as the author, ignores CONFIG and titles the deck from its file name', () => {
    const deck = deckOf(parseDeck(red, 'yaml', 'space-and-metals.yaml'));
    expect(deck.author).toBe('Ada');
    expect(deck.title).toBe('Space and metals');
    expect(deck.questions.map((q) => q.prompt)).not.toContain('CONFIG');
  });

  it('reports a question with an empty answer list on its line', () => {
    const problems = problemsOf(parseDeck('Q one?:\n- a\nQ two?: []\n', 'yaml', 'x.yaml'));
    expect(problems).toEqual([expect.stringMatching(/^3: question 2 .*no accepted answers/)]);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf(parseDeck('Q one?:\n- a\nQ two?: [b, c\nQ three?:\n- d\n', 'yaml', 'x.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^[3-5]: .*YAML/);
  });

  it('reads the canonical schema written as YAML when there is a questions key', () => {
    const yaml = [
      'title: Capitals',
      'questions:',
      '  - type: short',
      '    prompt: Capital of France?',
      '    accepted: [Paris]',
      '  - type: open',
      '    prompt: Why is Paris the capital?',
      '    answer: History.',
      '',
    ].join('\n');
    const deck = deckOf(parseDeck(yaml, 'yaml', 'caps.yaml'));
    expect(deck.title).toBe('Capitals');
    expect(deck.questions.map((q) => [q.number, q.type, q.answer, q.line])).toEqual([
      [1, 'short', 'Paris', 3],
      [2, 'open', 'History.', 6],
    ]);
  });
});

describe('JSON decks (the canonical schema)', () => {
  const json = JSON.stringify(
    {
      title: 'Mixed',
      description: 'One of each',
      author: 'Grace',
      questions: [
        {
          type: 'open',
          prompt: 'Why does dropout help?',
          answer: 'It stops co-adaptation.',
          keyPoints: ['co-adaptation', { label: 'regularization', aliases: ['regularizer'] }],
          tags: ['regularization'],
        },
        { type: 'short', prompt: 'Symbol for gold?', accepted: ['Au', 'au'] },
        { number: 10, type: 'choice', prompt: 'Which is an optimizer?', choices: ['ReLU', 'Adam', 'Softmax'], correct: 'B' },
        { type: 'choice', prompt: 'Pick the activation', choices: ['SGD', 'tanh'], correct: 1 },
        { type: 'choice', prompt: 'Pick the loss', choices: ['cross-entropy', 'ELU'], correct: 'Cross-Entropy' },
      ],
    },
    null,
    2,
  );

  it('reads open, short and choice questions, numbering by position unless given', () => {
    const deck = deckOf(parseDeck(json, 'json', 'mixed.json'));
    expect(deck).toMatchObject({ title: 'Mixed', description: 'One of each', author: 'Grace' });
    expect(deck.questions.map((q) => [q.number, q.type])).toEqual([
      [1, 'open'], [2, 'short'], [10, 'choice'], [4, 'choice'], [5, 'choice'],
    ]);
  });

  it('normalises key points given as labels or objects', () => {
    const deck = deckOf(parseDeck(json, 'json', 'mixed.json'));
    expect(deck.questions[0]?.keyPoints).toEqual([
      { label: 'co-adaptation', aliases: [] },
      { label: 'regularization', aliases: ['regularizer'] },
    ]);
    expect(deck.questions[0]?.tags).toEqual(['regularization']);
  });

  it('defaults the model answer of a short question to its first accepted answer', () => {
    expect(deckOf(parseDeck(json, 'json', 'mixed.json')).questions[1]).toMatchObject({ answer: 'Au', accepted: ['Au', 'au'] });
  });

  it('accepts the correct choice as a letter, a 0-based index or the option text', () => {
    const deck = deckOf(parseDeck(json, 'json', 'mixed.json'));
    expect(deck.questions.slice(2).map((q) => q.accepted)).toEqual([['Adam'], ['tanh'], ['cross-entropy']]);
    expect(deck.questions[2]?.choices).toEqual(['ReLU', 'Adam', 'Softmax']);
  });

  it('records the line where each question starts', () => {
    const deck = deckOf(parseDeck(json, 'json', 'mixed.json'));
    const lines = json.split('\n');
    expect(lines[(deck.questions[1]?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(lines[deck.questions[1]?.line ?? 0]?.trim()).toBe('"type": "short",');
  });

  it('names the path of a missing field', () => {
    const bad = JSON.stringify({ title: 'T', questions: [{ type: 'open', prompt: 'a', answer: 'b' }, { type: 'open', prompt: 'c', answer: 'd' }, { type: 'short', accepted: ['x'] }, { type: 'open', answer: 'e' }] }, null, 2);
    const problems = problemsOf(parseDeck(bad, 'json', 'bad.json'));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\d+: questions\[2\]\.prompt: required$/),
      expect.stringMatching(/^\d+: questions\[3\]\.prompt: required$/),
    ]));
  });

  it('reports every broken rule: open without answer, short without accepted, choice with a bad correct', () => {
    const bad = JSON.stringify({
      title: 'T',
      questions: [
        { type: 'open', prompt: 'a' },
        { type: 'short', prompt: 'b' },
        { type: 'choice', prompt: 'c', choices: ['x', 'y'], correct: 'E' },
        { type: 'choice', prompt: 'd', choices: ['x'], correct: 0 },
        { type: 'essay', prompt: 'e', answer: 'f' },
      ],
    }, null, 2);
    const problems = problemsOf(parseDeck(bad, 'json', 'bad.json')).join('\n');
    expect(problems).toMatch(/questions\[0\].*answer/);
    expect(problems).toMatch(/questions\[1\].*accepted/);
    expect(problems).toMatch(/questions\[2\].*correct/);
    expect(problems).toMatch(/questions\[3\].*choices/);
    expect(problems).toMatch(/questions\[4\]\.type/);
  });

  it('reports a JSON syntax error on its line', () => {
    const problems = problemsOf(parseDeck('{\n  "title": "T",\n  "questions": [\n    {"type": "open",}\n  ]\n}\n', 'json', 'x.json'));
    expect(problems).toEqual([expect.stringMatching(/^4: .*JSON/)]);
  });
});

describe('CSV decks', () => {
  it('reads question,answer rows with extra accepted answers, skipping a header row', () => {
    const csv = 'Question,Answer\nSymbol for gold?,Au,gold\nLargest planet?,Jupiter\n';
    const deck = deckOf(parseDeck(csv, 'csv', 'quick.csv'));
    expect(deck.title).toBe('Quick');
    expect(deck.questions.map((q) => [q.number, q.type, q.prompt, q.answer, q.accepted, q.line])).toEqual([
      [1, 'short', 'Symbol for gold?', 'Au', ['Au', 'gold'], 2],
      [2, 'short', 'Largest planet?', 'Jupiter', ['Jupiter'], 3],
    ]);
  });

  it('honours RFC 4180 quoting: commas, doubled quotes and newlines inside quotes', () => {
    const csv = '"Name two planets, please",Mars and Venus\n"Say ""hi""","Hello,\nworld"\nLast?,yes\r\n';
    const deck = deckOf(parseDeck(csv, 'csv', 'q.csv'));
    expect(deck.questions.map((q) => [q.prompt, q.answer, q.line])).toEqual([
      ['Name two planets, please', 'Mars and Venus', 1],
      ['Say "hi"', 'Hello,\nworld', 2],
      ['Last?', 'yes', 4],
    ]);
  });

  it('makes a question open when its answer is long', () => {
    const long = 'Because the gradient of every neuron in a layer is the same, so they never become different from each other.';
    const deck = deckOf(parseDeck(`Why random init?,${long}\n`, 'csv', 'q.csv'));
    expect(deck.questions[0]).toMatchObject({ type: 'open', answer: long });
  });

  it('reports a row without an answer and an unclosed quote on their lines', () => {
    const problems = problemsOf(parseDeck('A?,a\nB?\nC?,"c\n', 'csv', 'q.csv'));
    expect(problems).toEqual([
      expect.stringMatching(/^2: .*no answer/),
      expect.stringMatching(/^3: .*quote/),
    ]);
  });
});
