import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeckParseResult } from '../../src/core/deck.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';

/**
 * Mutated and random decks in every format: each must come back as a valid
 * deck or as problems with a message, never a throw, a hang (the test timeout)
 * or an "internal error" (a parser bug caught by parseDeck's last-resort catch).
 */
const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seeds: Record<string, string> = {
  md: readFileSync(new URL('../decks/fixtures/seed.txt', import.meta.url), 'utf8'),
  yaml: 'AUTHOR: someone\nCONFIG:\n  timeout: 20\nWhat is 2+2?:\n  - 4\n  - four\nCapital of France?:\n  - Paris\n',
  json: JSON.stringify(
    {
    title: 'Fuzz',
    description: 'seed',
    questions: [
      { type: 'open', prompt: 'Why dropout?', answer: 'It regularizes.', keyPoints: [{ label: 'regularization', aliases: ['regularizes'] }], tags: ['x'] },
      { type: 'short', prompt: 'ReLU stands for?', answer: 'Rectified linear unit', accepted: ['rectified linear unit'] },
      { type: 'choice', prompt: 'Pick one', answer: 'B', choices: ['A', 'B'], correct: 'B' },
    ],
    },
    null,
    2,
  ),
  csv: 'question,answer,alt\n"What is 2+2?",4,four\nCapital of France?,Paris,\n"Quote ""inside""",yes,\n',
};

/** mulberry32: the same mutations on every run, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (b: Buffer, r: () => number) => Buffer;
const at = (b: Buffer, r: () => number) => Math.floor(r() * (b.length + 1));
const mutations: Record<string, Mutation> = {
  truncate: (b, r) => b.subarray(0, at(b, r)),
  flipBytes: (b, r) => {
    const c = Buffer.from(b);
    for (let k = 0; k < 1 + r() * 20; k++) c[Math.floor(r() * c.length)] = Math.floor(r() * 256);
    return c;
  },
  binaryJunk: (b, r) => Buffer.concat([b.subarray(0, at(b, r)), Buffer.from(Array.from({ length: 200 }, () => Math.floor(r() * 256))), b.subarray(at(b, r))]),
  randomBytes: (_b, r) => Buffer.from(Array.from({ length: Math.floor(r() * 4000) }, () => Math.floor(r() * 256))),
  hugeLine: (b, r) => Buffer.concat([b.subarray(0, at(b, r)), Buffer.from('x'.repeat(200_000 + Math.floor(r() * 100_000))), b.subarray(at(b, r))]),
  deepNesting: (b, r) => {
    const depth = 1_000 + Math.floor(r() * 100_000);
    const open = ['[', '{"a":', '- ', '  ', '> ', '$\\frac{', '(('][Math.floor(r() * 7)]!;
    return Buffer.concat([b.subarray(0, at(b, r)), Buffer.from(open.repeat(depth)), b.subarray(at(b, r))]);
  },
  utf16: (b) => Buffer.from(`\ufeff${b.toString('utf8')}`, 'utf16le'),
  latin1: (b) => Buffer.from(b.toString('utf8').replace(/e/g, 'é'), 'latin1'),
  bomAndCr: (b) => Buffer.from(`\ufeff${b.toString('utf8').replace(/\n/g, '\r')}`),
  nulBytes: (b, r) => Buffer.concat([b.subarray(0, at(b, r)), Buffer.alloc(1 + Math.floor(r() * 50)), b.subarray(at(b, r))]),
  shuffleLines: (b, r) => {
    const lines = b.toString('utf8').split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return Buffer.from(lines.join('\n'));
  },
  duplicate: (b, r) => Buffer.concat([b, b.subarray(at(b, r))]),
};

function check(result: DeckParseResult): string | undefined {
  if (result.ok) {
    if (!result.deck.questions.length) return 'a valid deck with no question';
    if (result.deck.questions.some((q) => typeof q.prompt !== 'string' || !Number.isInteger(q.number))) return 'a question without prompt or number';
    return undefined;
  }
  if (!result.problems.length) return 'refused without a problem';
  const bad = result.problems.find((p) => typeof p.message !== 'string' || !p.message.trim() || /internal error/.test(p.message));
  return bad ? `unclear problem: ${bad.message}` : undefined;
}

describe('deck fuzzing', () => {
  for (const [ext, seed] of Object.entries(seeds)) {
    it(`every mutated or random .${ext} deck is a valid deck or a clear error`, () => {
      const r = prng(ext.length * 7919);
      const failures: string[] = [];
      let valid = 0;
      const names = Object.keys(mutations);
      for (let i = 0; i < 120; i++) {
        // Stack two mutations now and then: a truncated file with binary junk, ...
        let bytes: Buffer = Buffer.from(seed);
        const applied: string[] = [];
        for (let k = 0; k < (r() < 0.3 ? 2 : 1); k++) {
          const name = names[Math.floor(r() * names.length)]!;
          applied.push(name);
          bytes = mutations[name]!(bytes, r);
        }
        const file = path.join(dir, `deck-${i}.${ext}`);
        writeFileSync(file, bytes);
        const problem = check(loadDeckFile(file));
        if (problem) failures.push(`#${i} ${applied.join('+')}: ${problem}`);
        else valid += loadDeckFile(file).ok ? 1 : 0;
      }
      expect(failures).toEqual([]);
      // Some mutations (CR line ends, duplicates, shuffles) keep a readable deck.
      expect(valid).toBeGreaterThan(0);
    }, 30_000);
  }
});
