/**
 * Fitting text into a platform's limits: one splitter and one truncation for
 * every adapter, which passes its own limits. Lengths count UTF-16 code units,
 * as Discord and Slack do; a cut never leaves half of a surrogate pair (an
 * emoji) behind. `keep` names spans never cut inside, such as Slack's `&amp;`
 * entities and `<…>` links: a cut that would fall inside one moves before it.
 */

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** `cut` moved back out of a surrogate pair and out of any `keep` span it falls inside (never to 0). */
function safeCut(text: string, cut: number, keep: RegExp | undefined): number {
  if (keep) {
    const spans = new RegExp(keep.source, keep.flags.includes('g') ? keep.flags : `${keep.flags}g`);
    for (let m = spans.exec(text); m && m.index < cut; m = spans.exec(text)) {
      if (m[0].length === 0) spans.lastIndex++;
      else if (m.index > 0 && m.index + m[0].length > cut) return m.index;
    }
  }
  return cut > 1 && isHighSurrogate(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
}

/**
 * Splits text into pieces of at most `max` characters, preferring a paragraph
 * break, then a line break in the second half of the piece, then the last
 * space; a word longer than `max` is cut.
 */
export function splitText(text: string, max: number, keep?: RegExp): string[] {
  if (max < 1) throw new RangeError('max must be positive');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    cut = safeCut(rest, cut, keep);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Fits `text` into `max` characters: unchanged when it fits, otherwise cut
 * after a whole word and marked `…` plus `note` (left out when the space is
 * too small for it). Only a word longer than half of `max` is cut inside.
 */
export function shorten(text: string, max: number, note = '', keep?: RegExp): string {
  if (text.length <= max) return text;
  // A no-break space keeps the note with the last word when a long field is split after shortening.
  const tail = note && note.length * 4 < max ? `…\u00a0${note}` : '…';
  const room = Math.max(0, max - tail.length);
  let cut = room;
  while (cut > room / 2 && !isSpace(text.charCodeAt(cut))) cut--;
  if (cut <= room / 2) cut = room;
  return `${text.slice(0, safeCut(text, cut, keep)).trimEnd()}${tail}`;
}
