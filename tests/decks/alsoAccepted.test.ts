import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf } from './deckResult.ts';

const md = (...lines: string[]) => deckOf(parseDeck(lines.join('\n'), 'markdown', 'notes.md'));

describe('several model answers for an open question', () => {
  it('reads each "Also accepted:" line as one more model answer, not as part of the answer', () => {
    const deck = md('### 1. How did you separate the salt from the water?', 'Answer: The water was evaporated, leaving the salt.', '', 'Also accepted: We let the water evaporate.', 'Also accepted: By boiling the water away.');
    expect(deck.questions[0]).toMatchObject({
      type: 'open',
      answer: 'The water was evaporated, leaving the salt.',
      accepted: ['We let the water evaporate.', 'By boiling the water away.'],
    });
  });

  it('runs an "Also accepted:" answer over lines and paragraphs until key points, tags or the next question', () => {
    const deck = md(
      '### 1. Name two ways to regularize.',
      'Answer: Dropout and weight decay.',
      '**Also accepted:**',
      'Two of these:',
      '',
      '1. L1 penalty',
      '2. early stopping',
      '',
      'Key points:',
      '- dropout',
      '',
      'Tags: regularization',
      '### 2. Next?',
      'also accepted: this is the prompt, before any answer',
      'Answer: b',
    );
    expect(deck.questions[0]).toMatchObject({
      answer: 'Dropout and weight decay.',
      accepted: ['Two of these:\n\n1. L1 penalty\n2. early stopping'],
      keyPoints: [{ label: 'dropout', aliases: [] }],
      tags: ['regularization'],
    });
    expect(deck.questions[1]).toMatchObject({ prompt: 'Next? also accepted: this is the prompt, before any answer', answer: 'b', accepted: [] });
  });

  it('skips an empty "Also accepted:" line and says so', () => {
    const result = parseDeck('### 1. Why?\nAnswer: Because.\nAlso accepted:\n\n### 2. How?\nAnswer: So.\n', 'markdown', 'x.md');
    expect(deckOf(result).questions[0]?.accepted).toEqual([]);
    expect(result.ok && result.warnings).toEqual([{ line: 3, message: expect.stringMatching(/"Also accepted:" line of question 1 has no answer/) }]);
  });

  it('keeps the accepted list of an open question in JSON, paragraphs included', () => {
    const json = JSON.stringify({ questions: [{ type: 'open', prompt: 'Why?', answer: 'Because.', accepted: ['For this reason.\n\nAnd that one.', 'So.'] }] });
    expect(deckOf(parseDeck(json, 'json', 'x.json')).questions[0]).toMatchObject({ type: 'open', answer: 'Because.', accepted: ['For this reason.\n\nAnd that one.', 'So.'] });
  });

  it('keeps the accepted list of an open question in YAML', () => {
    const yaml = ['questions:', '  - prompt: Why?', '    answer: Because.', '    accepted:', '      - For this reason.', ''].join('\n');
    expect(deckOf(parseDeck(yaml, 'yaml', 'x.yaml')).questions[0]).toMatchObject({ type: 'open', answer: 'Because.', accepted: ['For this reason.'] });
  });
});

describe('deck check and several model answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-also-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says how many questions have several model answers', () => {
    const path = join(dir, 'salt.md');
    writeFileSync(path, '### 1. Why?\nAnswer: a\nAlso accepted: b\n\n### 2. How?\nAnswer: c\n');
    const lines: string[] = [];
    expect(deckCheck(path, (l) => lines.push(l))).toBe(0);
    expect(lines[1]).toBe('2 questions (1 with several model answers)');
  });
});
