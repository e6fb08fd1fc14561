import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGrade } from '../../src/cli/grade.ts';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import { GRADER_VERSION } from '../../src/core/grading/graderVersion.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';
import { words } from '../helpers/shown.ts';
import { runQuizbot } from './runQuizbot.ts';

const deck = fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-grade-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function grade(lines: string[], deckPath = deck, decisions?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGrade(deckPath, Readable.from([lines.join('\n')]), (l) => out.push(l), (l) => err.push(l), decisions === undefined ? {} : { decisions });
  return { code, out, err, json: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** What the grader itself gives, as `quizbot grade` should print it, feedback in English (grades change as the grader does). */
function expected(question: number, answer: string) {
  const loaded = loadDeckFile(deck);
  if (!loaded.ok) throw new Error('the shipped deck does not load');
  const g = createGrader().grade(loaded.deck.questions.find((q) => q.number === question)!, answer);
  return { question, score: g.score, verdict: g.verdict, matched: g.matched, missed: g.missed, feedback: words(g.feedback), confidence: g.confidence, graderVersion: g.graderVersion, contradicted: g.contradicted };
}

describe('quizbot grade DECK', () => {
  it('writes one grade per input line, in order, with the documented fields', async () => {
    const inputs = [
      { question: 6, answer: 'L1, dropout, pruning' },
      { question: 1, answer: "Yes, it's fine to use the same He-sampled value" },
      { question: 2, answer: 'no, never' },
      { question: 3, answer: 'idk' },
    ];
    const r = await grade(inputs.map((i) => JSON.stringify(i)));
    expect(r.code).toBe(0);
    expect(r.json).toEqual(inputs.map((i) => expected(i.question, i.answer)));
    expect(Object.keys(r.json[0] ?? {})).toEqual(['question', 'score', 'verdict', 'matched', 'missed', 'feedback', 'confidence', 'graderVersion', 'contradicted']);
  });

  it('writes the feedback as an English sentence', async () => {
    const r = await grade([JSON.stringify({ question: 3, answer: 'idk' }), JSON.stringify({ question: 6, answer: 'L1, dropout, pruning' })]);
    expect(r.json[0]!.feedback).toBe('No credit for "I don\'t know" — have a guess next time.');
    expect(r.json[1]!.feedback).toBe('All 3 key points: L1 regularization, dropout, and pruning.');
  });

  it("stamps each grade with the grader's version and a confidence between 0 and 1", async () => {
    const r = await grade([JSON.stringify({ question: 6, answer: 'L1, dropout, pruning' }), JSON.stringify({ question: 3, answer: 'idk' })]);
    for (const line of r.json) {
      expect(line.graderVersion).toBe(GRADER_VERSION);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(line.contradicted)).toBe(true);
    }
  });

  it('answers a bad line with an error line naming it, and carries on', async () => {
    const r = await grade([
      'not json',
      JSON.stringify({ question: 99, answer: 'x' }),
      JSON.stringify({ question: 2 }),
      JSON.stringify({ question: '2', answer: 'yes' }),
      '[1, 2]',
      JSON.stringify({ question: 2, answer: 'yes, as long as the weights are random' }),
    ]);
    expect(r.code).toBe(0);
    expect(r.json.slice(0, 5).map((j) => j.error)).toEqual([
      expect.stringMatching(/^line 1: /),
      'line 2: the deck has no question 99',
      'line 3: "answer" must be text',
      'line 4: "question" must be a question number',
      expect.stringMatching(/^line 5: /),
    ]);
    expect(r.json[5]).toEqual(expected(2, 'yes, as long as the weights are random'));
  });

  it('skips blank lines but keeps counting them for line numbers', async () => {
    const r = await grade(['', '{oops', '']);
    expect(r.json).toEqual([{ error: expect.stringMatching(/^line 2: /) }]);
  });

  it('fails with exit code 1 and the problem on stderr when the deck does not load', async () => {
    const missing = path.join(dir, 'missing.md');
    const r = await grade([JSON.stringify({ question: 1, answer: 'x' })], missing);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toContain('missing.md');
  });

  it('reports a deck with errors by file and line', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"questions": [{"type": "open"}]}');
    const r = await grade([], broken);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/broken\.json/);
  });
});

describe('quizbot grade DECK --decisions FILE', () => {
  const bulbDeck = () => {
    const file = path.join(dir, 'bulbs.md');
    writeFileSync(file, '# Bulbs\n\n**1. Why does bulb A light up when the switch is closed?**\n\nAnswer: Bulb A is in a closed path with the battery.\n');
    return file;
  };
  const decisionsFile = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const accepted = { question: 1, answer: 'The switch completes the circuit, so electrons travel through the filament.', label: 1 };
  const paraphrase = { question: 1, answer: 'the switch completes the circuit so the electrons can travel through the filament' };

  it('grades an answer like a decided one it says the same as, with the same fields', async () => {
    const deckFile = bulbDeck();
    const alone = await grade([JSON.stringify(paraphrase)], deckFile);
    const learned = await grade([JSON.stringify(paraphrase)], deckFile, decisionsFile('accepted.jsonl', [JSON.stringify(accepted)]));
    expect(alone.json[0]!.verdict).not.toBe('correct');
    expect(learned.code).toBe(0);
    expect(learned.json[0]).toMatchObject({ question: 1, verdict: 'correct', score: 1, feedback: `Correct: graded like an answer a reviewer accepted. On its own the grader found: ${alone.json[0]!.feedback as string}` });
    expect(Object.keys(learned.json[0] ?? {})).toEqual(Object.keys(alone.json[0] ?? {}));
  });

  it('leaves grades no decision applies to as they are', async () => {
    const decisions = decisionsFile('other.jsonl', ['', JSON.stringify({ question: 6, answer: 'L1, dropout, pruning', label: 0 }), JSON.stringify({ question: 3, answer: 'idk', label: 1 })]);
    const r = await grade([JSON.stringify({ question: 1, answer: "Yes, it's fine to use the same He-sampled value" }), JSON.stringify({ question: 3, answer: 'idk' })], deck, decisions);
    expect(r.json).toEqual([expected(1, "Yes, it's fine to use the same He-sampled value"), expected(3, 'idk')]);
  });

  it('refuses a decisions file with malformed lines, naming each line, and grades nothing', async () => {
    const file = decisionsFile('bad.jsonl', [
      JSON.stringify(accepted),
      'not json',
      JSON.stringify({ question: 9, answer: 'x', label: 1 }),
      JSON.stringify({ question: 1, answer: 'x', label: 2 }),
      '',
      JSON.stringify({ question: 1, label: 0 }),
      '["a"]',
    ]);
    const r = await grade([JSON.stringify(paraphrase)], bulbDeck(), file);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      `${file}:2: not valid JSON; expected {"question": N, "answer": "...", "label": 1, 0.5 or 0}`,
      `${file}:3: the deck has no question 9`,
      `${file}:4: "label" must be 1 (correct), 0.5 (partial) or 0 (incorrect)`,
      `${file}:6: "answer" must be text`,
      `${file}:7: expected an object {"question": N, "answer": "...", "label": 1, 0.5 or 0}`,
    ]);
  });

  it('says so when the decisions file cannot be read', async () => {
    const missing = path.join(dir, 'no-decisions.jsonl');
    const r = await grade([JSON.stringify(paraphrase)], bulbDeck(), missing);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${missing}: cannot read the decisions (ENOENT)`]);
  });
});

// A child process, as a user runs it: a second or two each on a busy machine.
describe('quizbot grade on the command line', { timeout: 30_000 }, () => {
  it('takes --decisions FILE and refuses the option without a file', () => {
    const decisions = path.join(dir, 'cli-decisions.jsonl');
    writeFileSync(decisions, `${JSON.stringify({ question: 6, answer: 'lasso, dropout and cutting weights', label: 1 })}\n`);
    const input = `${JSON.stringify({ question: 6, answer: 'lasso, dropout, and cutting weights' })}\n`;
    const r = runQuizbot(dir, ['grade', deck, '--decisions', decisions], input);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(JSON.parse(r.out)).toMatchObject({ question: 6, verdict: 'correct', feedback: expect.stringMatching(/^Correct: graded like an answer a reviewer accepted\./) });
    const bare = runQuizbot(dir, ['grade', deck, '--decisions']);
    expect([bare.code, bare.err]).toEqual([2, 'Option --decisions needs a value.\nUsage: quizbot grade DECK [--decisions FILE] < answers.jsonl\n']);
  });
});
