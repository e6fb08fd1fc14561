import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGrade } from '../../src/cli/grade.ts';

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

describe('quizbot grade DECK', () => {
  it('writes one grade per input line, in order, with the documented fields', async () => {
    const r = await grade([
      JSON.stringify({ question: 6, answer: 'L1, dropout, pruning' }),
      JSON.stringify({ question: 1, answer: "Yes, it's fine to use the same He-sampled value" }),
    ]);
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(2);
    expect(Object.keys(r.json[0] ?? {})).toEqual(['question', 'score', 'verdict', 'matched', 'missed', 'feedback']);
    expect(r.json[0]).toMatchObject({ question: 6, score: 1, verdict: 'correct', missed: [] });
    expect(r.json[1]).toMatchObject({ question: 1, score: 0, verdict: 'incorrect', matched: [] });
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
    expect(r.json[5]).toMatchObject({ question: 2, verdict: 'correct' });
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
