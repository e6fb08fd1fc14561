import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';

export const renderOptions: ResvgRenderOptions = { font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } };

/** Text runs kept as outlines; labels, dates and the names on a board repeat from one picture to the next. */
const CACHE_SIZE = 2000;
const cache = new Map<string, string>();

/** One `<text>` element as svgText writes it: position first, then its style, then its escaped content. */
const TEXT = /<text x="([^"]*)" y="([^"]*)" ([^>]*)>([^<]*)<\/text>/g;

/**
 * The picture's `<text>` elements as outlines. Shaping text is most of what drawing costs (the
 * renderer prepares the font for every element), so each run is shaped once by the same renderer
 * with the same font, at the origin, and its outline reused, moved to where the run stands. Runs
 * not seen before are shaped together, in one pass.
 */
export function textAsPaths(svg: string): string {
  const keys = [...new Set([...svg.matchAll(TEXT)].map((m) => `${m[3]}>${m[4]}`))];
  const shaped = shape(keys.filter((key) => !cache.has(key)));
  const here = new Map(keys.map((key) => [key, shaped.get(key) ?? cache.get(key) ?? '']));
  for (const [key, paths] of here) {
    // Most recently used last, so the oldest go first.
    cache.delete(key);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, paths);
  }
  return svg.replace(TEXT, (_, x: string, y: string, style: string, content: string) => `<g transform="translate(${x} ${y})">${here.get(`${style}>${content}`)}</g>`);
}

/** Shapes runs in one SVG, each in a group of its own: each run's paths. */
function shape(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!keys.length) return out;
  const groups = keys.map((key, i) => `<g id="t${i}"><text x="0" y="0" ${key}</text></g>`).join('');
  const shaped = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" font-family="${FONT_FAMILY}">${groups}</svg>`, renderOptions).toString();
  // The output keeps the groups' ids, in order: what lies between one id and the next is that run's.
  const parts = shaped.split(/<g id="t(\d+)"/);
  for (let i = 1; i < parts.length; i += 2) out.set(keys[Number(parts[i])]!, (parts[i + 1]!.match(/<path\b[^>]*?\/>/gs) ?? []).join(''));
  return out;
}

/** Forgets every outline: for measuring a picture drawn from nothing. */
export function clearTextPaths(): void {
  cache.clear();
}
