/**
 * Edit distance with adjacent transpositions ("wieghts" -> "weights" is one
 * edit), giving up as soon as it exceeds `max`. It runs for every unknown
 * word of an answer, so it reuses three module-level rows instead of
 * allocating (words longer than the rows are simply not typo-matched).
 */
const MAX_WORD = 40;
let prev2 = new Int32Array(MAX_WORD + 1);
let prev = new Int32Array(MAX_WORD + 1);
let cur = new Int32Array(MAX_WORD + 1);

export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max || a.length > MAX_WORD || b.length > MAX_WORD) return max + 1;
  const n = b.length;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/** `editDistance(a, b, max) <= max`, without the table for the common one-edit case. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (max !== 1) return editDistance(a, b, max) <= max;
  if (a === b) return true;
  if (a.length > MAX_WORD || b.length > MAX_WORD) return false;
  const diff = a.length - b.length;
  if (diff === 0) return oneSubstitutionOrSwap(a, b);
  if (diff === 1) return oneDeletion(a, b);
  if (diff === -1) return oneDeletion(b, a);
  return false;
}

/** Same length, differing in one letter or in one pair of swapped neighbours. */
function oneSubstitutionOrSwap(a: string, b: string): boolean {
  const n = a.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Past the first difference the rest must agree, either at once or after a swap.
  if (tailsEqual(a, i + 1, b, i + 1)) return true;
  return i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailsEqual(a, i + 2, b, i + 2);
}

/** `long` is `short` with one letter added. */
function oneDeletion(long: string, short: string): boolean {
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  return tailsEqual(long, i + 1, short, i);
}

function tailsEqual(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
