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

const deck = fileURLToPath(new URL('../../data/decks/deep-learning-training.md', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-grade-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function grade(lines: string[], deckPath = deck) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGrade(deckPath, Readable.from([lines.join('\n')]), (l) => out.push(l), (l) => err.push(l));
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
