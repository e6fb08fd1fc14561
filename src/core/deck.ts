/** The deck model every parser produces and every other layer reads. */

export type QuestionType = 'open' | 'short' | 'choice';

/** One idea a good answer must contain; `aliases` are other ways of saying it. */
export interface KeyPoint {
  label: string;
  aliases: string[];
}

export interface Question {
  /** The number the deck gives the question (1-based, unique within a deck). */
  number: number;
  type: QuestionType;
  /** The question as shown in chat (LaTeX already made readable). */
  prompt: string;
  /** The model answer as shown in chat (light Markdown: paragraphs, `1.` lists, **bold**). */
  answer: string;
  /**
   * short: every accepted answer; choice: the text of each correct option;
   * open: the further model answers accepted besides `answer` (often empty).
   */
  accepted: string[];
  /** choice: the options in order (shown as A, B, C...); empty otherwise. */
  choices: string[];
  /** Key points stated by the deck author; empty means the grader derives them. */
  keyPoints: KeyPoint[];
  tags: string[];
  /**
   * The deck's glossary (the same array as `Deck.glossary`), so whoever holds
   * only a question, such as the grader, can read the deck's vocabulary.
   */
  glossary: string[][];
  /** 1-based line in the source file where the question starts (0 when unknown). */
  line: number;
}

export interface Deck {
  title: string;
  description: string;
  author?: string;
  /**
   * Domain vocabulary the author gives: groups of terms that mean the same
   * thing in this deck (`['ReLU', 'rectified linear unit']`), the main term
   * first. Empty when the deck has none.
   */
  glossary: string[][];
  questions: Question[];
}

/** A problem found while reading a deck, reported as `file:line: message`. */
export interface DeckProblem {
  line: number;
  message: string;
}

export type DeckFormat = 'markdown' | 'yaml' | 'json' | 'csv';

export type DeckParseResult =
  | { ok: true; deck: Deck; warnings: DeckProblem[] }
  | { ok: false; problems: DeckProblem[] };
