import type { KeyPoint } from '../core/deck.ts';
import { normalizeDeckText } from './deckText.ts';
import { readMarkdownDeck } from './parseMarkdownDeck.ts';

/** `label | alias | alias` on one line, as a `Key points:` item reads back; a `|` inside a text would split it, so it becomes `/`. */
export function keyPointText(k: KeyPoint): string {
  return [k.label, ...k.aliases]
    .map((t) => t.replace(/\s+/g, ' ').replace(/\|/g, '/').trim())
    .filter(Boolean)
    .join(' | ');
}

export type AddKeyPointsResult = { ok: true; text: string } | { ok: false; question: number };

/**
 * Adds a block of lines after the answer (and any `Also accepted:` answers) of
 * each question in `blocks`, leaving every other byte as it was, line endings
 * included: a blank line before each block, and one after it when text follows
 * at once. Fails on a question the deck does not have.
 */
export function insertAfterAnswers(source: string, blocks: ReadonlyMap<number, readonly string[]>): AddKeyPointsResult {
  // Splitting on every line ending keeps line numbers equal to the parser's (it reads \r\n and \r as \n).
  const pieces = source.split(/(\r\n|\r|\n)/);
  const lines = pieces.filter((_, i) => i % 2 === 0);
  const endings = pieces.filter((_, i) => i % 2 === 1);
  const eol = endings[0] ?? '\n';
  const { answerEnds } = readMarkdownDeck(normalizeDeckText(source), '');

  const after = new Map<number, string[]>();
  for (const [number, block] of blocks) {
    const end = answerEnds.get(number);
    if (end === undefined) return { ok: false, question: number };
    if (block.length > 0) after.set(end - 1, ['', ...block]);
  }

  let out = '';
  lines.forEach((line, i) => {
    out += line;
    const block = after.get(i);
    if (!block) {
      out += endings[i] ?? '';
      return;
    }
    const next = lines[i + 1];
    const last = i === lines.length - 1;
    out += (endings[i] || eol) + block.join(eol);
    // A blank line keeps the block apart from what follows; a file without a final newline keeps lacking one.
    if (!last) out += eol + (next !== undefined && next.trim() !== '' ? eol : '');
  });
  return { ok: true, text: out };
}

/**
 * Adds a `Key points:` block after the answer (and any `Also accepted:`
 * answers) of each question in `points`, leaving every other byte as it was,
 * line endings included, so a `## Glossary` section stays as written. The
 * result is parsed back and refused unless each of those questions then
 * states exactly the given points and the deck's glossary is unchanged.
 */
export function addKeyPointsToMarkdown(source: string, points: ReadonlyMap<number, KeyPoint[]>): AddKeyPointsResult {
  const before = readMarkdownDeck(normalizeDeckText(source), '').result;
  const blocks = new Map<number, string[]>();
  for (const [number, list] of points) {
    const items = list.map(keyPointText).filter(Boolean);
    blocks.set(number, items.length > 0 ? ['Key points:', ...items.map((t) => `- ${t}`)] : []);
  }
  const added = insertAfterAnswers(source, blocks);
  if (!added.ok) return added;
  const out = added.text;

  const check = readMarkdownDeck(normalizeDeckText(out), '').result;
  const glossaryOf = (r: typeof check) => JSON.stringify(r.ok ? r.deck.glossary : []);
  if (!check.ok || glossaryOf(check) !== glossaryOf(before)) return { ok: false, question: [...points.keys()][0] ?? 0 };
  for (const [number, list] of points) {
    const q = check.deck.questions.find((x) => x.number === number);
    const want = list.map(keyPointText).filter(Boolean);
    if (!q || q.keyPoints.map(keyPointText).join('\n') !== want.join('\n')) return { ok: false, question: number };
  }
  return { ok: true, text: out };
}
