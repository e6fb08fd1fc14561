import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';
import { deckRubric } from '../../src/cli/deckRubric.ts';
import { addKeyPointsToMarkdown } from '../../src/decks/addKeyPointsToMarkdown.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { parseDeck } from '../../src/decks/parseDeck.ts';
import { deckOf, problemsOf } from './deckResult.ts';

const dir = mkdtempSync(join(tmpdir(), 'quizbot-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const glossaryFirst = [
  '# Networks',
  '',
  'Addresses and routing.',
  '',
  '## Glossary',
  '',
  '- NAT | network address translation',
  '- TTL | time to live | hop limit',
  '',
  '### 1. What does NAT do?',
  '',
  'Answer: It rewrites private addresses to a public one.',
  '',
  '### 2. Why does a packet carry a TTL?',
  '',
  'Answer: So that a packet caught in a routing loop is eventually dropped.',
  '',
].join('\n');

const glossaryLast = [
  '### 1. What does NAT do?',
  '',
  'Answer: It rewrites private addresses to a public one.',
  '',
  'Tags: addressing',
  '',
  '### Glossary',
  '- NAT | network address translation',
  '',
].join('\n');

const groups = [
  ['NAT', 'network address translation'],
  ['TTL', 'time to live', 'hop limit'],
];

describe('a Markdown glossary', () => {
  it('is read into the deck and shared by every question', () => {
    const deck = deckOf(parseDeck(glossaryFirst, 'markdown', 'networks.md'));
    expect(deck.glossary).toEqual(groups);
    for (const q of deck.questions) expect(q.glossary).toBe(deck.glossary);
  });

  it('ends the description, so it is not part of it', () => {
    expect(deckOf(parseDeck(glossaryFirst, 'markdown')).description).toBe('Addresses and routing.');
  });

  it('after the last question is not part of its answer', () => {
    const deck = deckOf(parseDeck(glossaryLast, 'markdown'));
    expect(deck.glossary).toEqual([['NAT', 'network address translation']]);
    expect(deck.questions[0]).toMatchObject({ answer: 'It rewrites private addresses to a public one.', tags: ['addressing'], keyPoints: [] });
  });

  it('right after an answer, at any heading level and case, ends that answer', () => {
    const text = '### 1. What does NAT do?\nAnswer: It rewrites addresses.\n# GLOSSARY:\n- NAT | network address translation\n';
    const deck = deckOf(parseDeck(text, 'markdown'));
    expect(deck.questions[0]?.answer).toBe('It rewrites addresses.');
    expect(deck.glossary).toEqual([['NAT', 'network address translation']]);
  });

  it('runs to the next heading, which starts the questions', () => {
    const text = ['## Glossary', '- NAT | network address translation', '## Questions', '### 1. What does NAT do?', 'Answer: It rewrites addresses.', ''].join('\n');
    const result = parseDeck(text, 'markdown');
    expect(deckOf(result).glossary).toEqual([['NAT', 'network address translation']]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('after a question, runs to the next heading; what follows it up to a question belongs to none, with a warning', () => {
    const text = ['### 1. What does NAT do?', 'Answer: It rewrites addresses.', '## Glossary', '- NAT | network address translation', '## Notes', 'Checked in 2024.', '### 2. What is a TTL?', 'Answer: A hop limit.', ''].join('\n');
    const result = parseDeck(text, 'markdown');
    const deck = deckOf(result);
    expect(deck.questions.map((q) => q.answer)).toEqual(['It rewrites addresses.', 'A hop limit.']);
    expect(result.ok && result.warnings.map((w) => w.line)).toEqual([5]);
  });

  it('warns about a line with one term only or none, naming its line, and skips it', () => {
    const text = ['### 1. What does NAT do?', 'Answer: It rewrites addresses.', '', '## Glossary', '- NAT', '- ', '- | |', 'TTL | time to live', '- TTL | time to live', ''].join('\n');
    const result = parseDeck(text, 'markdown');
    expect(deckOf(result).glossary).toEqual([['TTL', 'time to live']]);
    expect(result.ok && result.warnings.map((w) => w.line)).toEqual([5, 6, 7, 8]);
    expect(result.ok && result.warnings[0]?.message).toMatch(/names only "NAT"/);
    expect(result.ok && result.warnings[1]?.message).toMatch(/empty/);
  });

  it('is empty when the deck has none', () => {
    const deck = deckOf(parseDeck('### 1. Q?\nAnswer: A.\n', 'markdown'));
    expect(deck.glossary).toEqual([]);
    expect(deck.questions[0]?.glossary).toEqual([]);
  });
});

const canonical = {
  title: 'Networks',
  glossary: [['NAT', 'network address translation'], ['TTL', 'time to live', 'hop limit']],
  questions: [{ prompt: 'What does NAT do?', answer: 'It rewrites private addresses to a public one.' }],
};

describe('a JSON or YAML glossary', () => {
  it('is read from JSON into the deck and its questions', () => {
    const deck = deckOf(parseDeck(JSON.stringify(canonical), 'json'));
    expect(deck.glossary).toEqual(groups);
    expect(deck.questions[0]?.glossary).toBe(deck.glossary);
  });

  it('is read from the schema written as YAML', () => {
    const yaml = [
      'title: Networks',
      'glossary:',
      '  - [NAT, network address translation]',
      '  - - TTL',
      '    - time to live',
      '    - hop limit',
      'questions:',
      '  - prompt: What does NAT do?',
      '    answer: It rewrites private addresses to a public one.',
      '',
    ].join('\n');
    const deck = deckOf(parseDeck(yaml, 'yaml'));
    expect(deck.glossary).toEqual(groups);
    expect(deck.questions[0]?.glossary).toBe(deck.glossary);
  });

  it('refuses a group of one term, naming its path', () => {
    const bad = { ...canonical, glossary: [['NAT', 'network address translation'], ['TTL']] };
    expect(problemsOf(parseDeck(JSON.stringify(bad), 'json'))).toEqual([
      '1: glossary[1]: must list at least 2 terms that mean the same thing, e.g. ["ReLU", "rectified linear unit"]',
    ]);
  });

  it('refuses a group written as one text, or an empty term, naming the path', () => {
    expect(problemsOf(parseDeck(JSON.stringify({ ...canonical, glossary: ['NAT = network address translation'] }), 'json'))).toEqual(['1: glossary[0]: must be a list']);
    expect(problemsOf(parseDeck(JSON.stringify({ ...canonical, glossary: [['NAT', ' ']] }), 'json'))).toEqual(['1: glossary[0][1]: must not be empty']);
  });

  it('is empty in Red-DiscordBot YAML and CSV decks', () => {
    expect(deckOf(parseDeck('What is NAT?:\n- network address translation\n', 'yaml')).glossary).toEqual([]);
    expect(deckOf(parseDeck('What is NAT?,network address translation\n', 'csv')).glossary).toEqual([]);
  });
});

describe('the shipped deck', () => {
  const shipped = fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url));

  it('states the field vocabulary a student may write, outside every answer', () => {
    const deck = deckOf(loadDeckFile(shipped));
    expect(deck.glossary).toEqual(
      expect.arrayContaining([
        ['ReLU', 'rectified linear unit'],
        ['logistic', 'sigmoid'],
        ['L1 regularization', 'lasso', 'L1 penalty'],
        ['L2 regularization', 'ridge', 'weight decay'],
        ['inference', 'prediction', 'test time'],
      ]),
    );
    expect(deck.glossary).toHaveLength(12);
    expect(deck.description).toBe('Questions on initialization, activation functions, optimizers and regularization.');
    for (const q of deck.questions) {
      expect(q.glossary).toBe(deck.glossary);
      expect(q.answer).not.toMatch(/glossary|rectified linear unit \|/i);
    }
  });

  it('shows its glossary size in deck check', () => {
    const lines: string[] = [];
    expect(deckCheck(shipped, (l) => lines.push(l))).toBe(0);
    expect(lines.slice(0, 3)).toEqual(['Training Deep Neural Networks', '7 questions', 'glossary: 12 groups']);
    expect(lines.filter((l) => l.includes('warning') && l.includes('glossary'))).toEqual([]);
  });
});

describe('deck rubric --write and the glossary', () => {
  it('adds key points before a glossary that follows the answer, leaving it as written', () => {
    const source = '### 1. What does NAT do?\nAnswer: It rewrites addresses.\n## Glossary\n- NAT | network address translation\n';
    const added = addKeyPointsToMarkdown(source, new Map([[1, [{ label: 'rewrites addresses', aliases: [] }]]]));
    expect(added).toEqual({
      ok: true,
      text: '### 1. What does NAT do?\nAnswer: It rewrites addresses.\n\nKey points:\n- rewrites addresses\n\n## Glossary\n- NAT | network address translation\n',
    });
  });

  it('keeps the glossary sections of a deck intact (round trip)', () => {
    const text = `${glossaryFirst}\n## Glossary\n\n- private address | RFC 1918 address\n`;
    const file = join(dir, 'networks.md');
    writeFileSync(file, text);
    const out: string[] = [];
    const err: string[] = [];
    expect(deckRubric(file, { write: true }, (l) => out.push(l), (l) => err.push(l))).toBe(0);
    expect(err).toEqual([]);

    const written = readFileSync(file, 'utf8');
    expect(written).not.toBe(text);
    expect(written).toContain(glossaryFirst.slice(glossaryFirst.indexOf('## Glossary'), glossaryFirst.indexOf('### 1.')));
    expect(written.endsWith('\n## Glossary\n\n- private address | RFC 1918 address\n')).toBe(true);
    const deck = deckOf(loadDeckFile(file));
    expect(deck.glossary).toEqual([...groups, ['private address', 'RFC 1918 address']]);
    expect(deck.questions.every((q) => q.keyPoints.length > 0)).toBe(true);
    expect(deck.questions[1]?.answer).toBe('So that a packet caught in a routing loop is eventually dropped.');
  });
});
