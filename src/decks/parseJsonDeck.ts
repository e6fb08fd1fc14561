import type { DeckParseResult } from '../core/deck.ts';
import { canonicalDeck } from './canonicalDeck.ts';
import { jsonElementLines } from './jsonElementLines.ts';

/** Reads the canonical deck schema from JSON, naming lines in every problem. */
export function parseJsonDeck(source: string, fallbackTitle: string): DeckParseResult {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    const line = at ? lineOfOffset(source, Number(at[1])) : source.split('\n').length;
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/ of JSON input$/, ' of the file');
    return { ok: false, problems: [{ line, message: `this is not valid JSON (${what})` }] };
  }
  const lines = jsonElementLines(source);
  return canonicalDeck(data, (i) => lines[i] ?? 0, fallbackTitle);
}

function lineOfOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
