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
