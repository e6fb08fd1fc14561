/** Discord's documented limits that rendering and commands must respect. */
export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Sum of every embed's text in one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  modalTitle: 45,
  textInputLabel: 45,
  textInputValue: 4000,
  textDisplay: 4000,
  choicesPerOption: 25,
  choiceName: 100,
  /** Largest deck file we download for `/deck import`. */
  deckFileBytes: 5 * 1024 * 1024,
} as const;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Fits `text` into `max` characters: unchanged when it fits, otherwise cut
 * after a whole word and marked `…` plus `note` (left out when the space is
 * too small for it). Only a word longer than half of `max` is cut inside.
 */
export function shorten(text: string, max: number, note = ''): string {
  if (text.length <= max) return text;
  // A no-break space keeps the note with the last word when a long field is split after shortening.
  const tail = note && note.length * 4 < max ? `…\u00a0${note}` : '…';
  const room = Math.max(0, max - tail.length);
  let cut = room;
  while (cut > room / 2 && !isSpace(text.charCodeAt(cut))) cut--;
  if (cut <= room / 2) {
    cut = room;
    // Never leave half of a surrogate pair (an emoji) behind.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  return `${text.slice(0, cut).trimEnd()}${tail}`;
}
