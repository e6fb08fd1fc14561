import { isReviewVerdict } from '../core/validate.ts';
import type { ReviewVerdict } from '../engine/api.ts';

/**
 * The button ids the engine puts on replies (src/engine/api.ts), read back when one is
 * clicked: `answer:<roundId>`, `practice:<roundId>`, `appeal:<answerId>`, `review:<answerId>:<verdict>`,
 * `reviewpage:<n>` and `reviewlog:<n>`. Anything else is not ours (or no longer in use).
 */
export type ButtonAction =
  | { kind: 'answer'; roundId: number }
  | { kind: 'practice'; roundId: number }
  | { kind: 'appeal'; answerId: number }
  | { kind: 'review'; answerId: number; verdict: ReviewVerdict }
  | { kind: 'reviewpage'; page: number }
  | { kind: 'reviewlog'; page: number };

/** A verdict exactly as the engine writes it in a button id. */
const isVerdict = (w: string | undefined): w is ReviewVerdict => w !== undefined && w === w.toLowerCase() && isReviewVerdict(w);

/** A positive whole number as the engine writes ids and pages; `undefined` for anything else. */
function positive(word: string | undefined): number | undefined {
  if (!word || !/^\d{1,15}$/.test(word)) return undefined;
  const n = Number(word);
  return n > 0 ? n : undefined;
}

export function parseButtonId(id: string): ButtonAction | undefined {
  const [kind, first, second, ...extra] = id.split(':');
  if (extra.length > 0) return undefined;
  const n = positive(first);
  if (n === undefined) return undefined;
  if (kind === 'review') return isVerdict(second) ? { kind, answerId: n, verdict: second } : undefined;
  if (second !== undefined) return undefined;
  switch (kind) {
    case 'answer':
    case 'practice':
      return { kind, roundId: n };
    case 'appeal':
      return { kind, answerId: n };
    case 'reviewpage':
    case 'reviewlog':
      return { kind, page: n };
    default:
      return undefined;
  }
}
