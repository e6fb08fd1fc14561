import type { DeckProblem } from '../core/deck.ts';
import { deckLimits } from './deckLimits.ts';
import { plural } from './plural.ts';

/**
 * Collects problems and warnings while a deck is read. Past the cap it only
 * counts, so a file with a million broken lines still yields a short report.
 */
export class DeckProblems {
  readonly problems: DeckProblem[] = [];
  readonly warnings: DeckProblem[] = [];
  private dropped = 0;

  constructor(private readonly cap: number = deckLimits.maxProblems) {}

  error(line: number, message: string): void {
    if (this.problems.length < this.cap) this.problems.push({ line, message });
    else this.dropped++;
  }

  warn(line: number, message: string): void {
    if (this.warnings.length < this.cap) this.warnings.push({ line, message });
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** Whether reading on would only find more of what is already reported. */
  get full(): boolean {
    return this.problems.length >= this.cap;
  }

  /** The problems in file order, with a last line saying how many were left out. */
  list(): DeckProblem[] {
    const sorted = [...this.problems].sort((a, b) => a.line - b.line);
    if (this.dropped === 0) return sorted;
    return [...sorted, { line: 0, message: `…and ${plural(this.dropped, 'more problem', 'more problems')} like these` }];
  }
}

/** A deck text as problems quote it: at most 60 characters. */
export const excerpt = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
