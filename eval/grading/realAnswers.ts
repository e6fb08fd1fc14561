import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck, Question } from '../../src/core/deck.ts';
import { loadDeckFile } from '../../src/decks/loadDeckFile.ts';

/** One real student's answer with its teacher label (see the data's README for the mappings). */
export interface RealAnswer {
  dataset: string;
  question: number;
  answer: string;
  /** 1 correct, 0.5 partial, 0 incorrect. */
  label: number;
  /** The dataset's own label, e.g. "contradictory". */
  orig: string;
  split: string;
}

export interface RealDataset {
  name: string;
  questions: Map<number, Question>;
  answers: RealAnswer[];
}

export const DATASETS = ['beetle', 'scientsbank', 'mohler'] as const;

/**
 * Where the graded datasets live: `EVAL_DATA_DIR`, or `shared/eval-data` beside the project.
 * They are never copied into the project (the Mohler data has no licence to ship).
 */
export function evalDataDir(): string {
  return process.env.EVAL_DATA_DIR || new URL('../../../shared/eval-data', import.meta.url).pathname;
}

export function hasEvalData(): boolean {
  return existsSync(join(evalDataDir(), 'beetle', 'answers.jsonl'));
}

/** Loads one dataset: its deck through the project's own deck loader, Beetle's extra references as accepted answers. */
export function loadDataset(name: string, dir = evalDataDir()): RealDataset {
  const deckPath = join(dir, name, 'deck.md');
  const loaded = loadDeckFile(deckPath);
  if (!loaded.ok) throw new Error(`${deckPath}: ${loaded.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  const deck: Deck = loaded.deck;
  const questions = new Map(deck.questions.map((q) => [q.number, q]));
  const refs = join(dir, name, 'references.jsonl');
  if (existsSync(refs)) {
    for (const line of lines(refs)) {
      const { question, references } = JSON.parse(line) as { question: number; references: string[] };
      const q = questions.get(question);
      if (q) questions.set(question, { ...q, accepted: references.filter((r) => r.trim() !== q.answer.trim()) });
    }
  }
  const answers = lines(join(dir, name, 'answers.jsonl')).map((line) => {
    const o = JSON.parse(line) as { question: number; answer: string; label: number; orig: string; split: string };
    return { dataset: name, question: o.question, answer: o.answer, label: o.label, orig: String(o.orig), split: o.split };
  });
  return { name, questions, answers };
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

