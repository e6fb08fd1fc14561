import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { Deck } from '../../src/core/deck.ts';
import type { Verdict } from '../../src/core/grading/grader.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';

export const KINDS = ['terse', 'paraphrase', 'typo', 'chat', 'partial', 'wrong', 'negated', 'keyword-dump', 'off-topic', 'injection', 'copy-question', 'idk', 'reversed'] as const;

const itemSchema = z
  .object({
    question: z.number().int().positive(),
    kind: z.enum(KINDS),
    label: z.enum(['correct', 'partial', 'incorrect']),
    answer: z.string(),
    reason: z.string().min(1),
  })
  .strict();

export interface LabelledAnswer extends z.infer<typeof itemSchema> {
  deck: string;
}

/** Where each labelled file's deck lives: the shipped deck, or a held-out one under eval/decks. */
const DECKS: Record<string, { path: string; heldOut: boolean }> = {
  'deep-learning-training': { path: '../../data/decks/deep-learning-training.md', heldOut: false },
  // Written to tune the rules that derive key points, on a deck with none stated.
  'version-control': { path: '../decks/version-control.json', heldOut: false },
  // Never tuned on: its answers and labels were written before the grader ever saw them.
  databases: { path: '../decks/databases.json', heldOut: true },
  // Held out like databases, on a Markdown deck without key points.
  'computer-networks': { path: '../decks/computer-networks.md', heldOut: true },
  // Held out: claims of the shipped deck's non-yes/no answers turned around, with paraphrase controls.
  'deep-learning-reversed': { path: '../../data/decks/deep-learning-training.md', heldOut: true },
  // Development sets (Markdown decks, no key points, two questions with an `Also accepted:` answer):
  // written before the grader ran on them, but rules may be tuned on their disagreements.
  'cell-biology': { path: '../decks/cell-biology.md', heldOut: false },
  statistics: { path: '../decks/statistics.md', heldOut: false },
};

export interface EvalDeck {
  name: string;
  deck: Deck;
  heldOut: boolean;
  answers: LabelledAnswer[];
}

/** Reads every `<deck>.jsonl` next to this file with its deck; a bad line stops the run with its line number. */
export function loadLabelledSet(): EvalDeck[] {
  const dir = new URL('.', import.meta.url);
  const out: EvalDeck[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const name = file.replace(/\.jsonl$/, '');
    const where = DECKS[name];
    if (!where) throw new Error(`${file}: no deck registered for "${name}" in labelledSet.ts`);
    const loaded = loadDeckFile(new URL(where.path, import.meta.url).pathname);
    if (!loaded.ok) throw new Error(`${where.path}: ${loaded.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
    const answers = readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, i }) => {
        const parsed = itemSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((e) => e.message).join('; ')}`);
        if (!loaded.deck.questions.some((q) => q.number === parsed.data.question)) throw new Error(`${file}:${i + 1}: no question ${parsed.data.question}`);
        return { ...parsed.data, deck: name };
      });
    out.push({ name, deck: loaded.deck, heldOut: where.heldOut, answers });
  }
  return out;
}

export type { Verdict };
