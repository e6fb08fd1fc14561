/**
 * Split text into pieces of at most `max` characters, preferring paragraph
 * breaks, then line breaks, then spaces; a piece is cut mid-word only when a
 * single word is longer than `max`.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError('max must be positive');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > 0) return at;
  }
  // No separator: cut hard, but never inside an entity such as `&amp;` or a surrogate pair.
  const amp = text.lastIndexOf('&', max - 1);
  if (amp > 0 && max - amp < 6 && !text.slice(amp, max).includes(';')) return amp;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff && max > 1 ? max - 1 : max;
}
