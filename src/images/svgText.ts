/** Text put into SVG markup: members' names and every catalog string go through here. */

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) would make the whole picture fail to parse. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as element content and as an attribute value. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** At most `max` characters (whole code points), ending in an ellipsis when cut; line breaks become spaces. */
export function clip(s: string, max: number): string {
  const chars = Array.from(s.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Roughly how wide a character is in DejaVu Sans, in ems: enough to keep a long name out of the
 * next column without measuring glyphs (the picture must not depend on a text layout engine).
 */
function ems(c: string): number {
  if (/[MWmw@%]/.test(c)) return 1;
  if (/[iljtfrI.,:;'!| ]/.test(c)) return 0.38;
  if (/[A-Z]/.test(c)) return 0.74;
  if (c.codePointAt(0)! >= 0x2e80) return 1;
  return 0.64;
}

/** Cut to fit `width` pixels at `size` (an estimate, erring wide), ending in an ellipsis when cut. */
export function clipToWidth(s: string, width: number, size: number): string {
  const chars = Array.from(s.replace(/\s+/g, ' ').trim());
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    used += ems(chars[i]!) * size;
    if (used > width) return `${chars.slice(0, i).join('').trimEnd()}…`;
  }
  return chars.join('');
}

export interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text at (x, y): the baseline. */
export function svgText(x: number, y: number, text: string, s: TextStyle): string {
  const weight = s.bold ? ' font-weight="bold"' : '';
  const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
  return `<text x="${x}" y="${y}" font-size="${s.size}" fill="${s.fill}"${weight}${anchor}>${escapeXml(text)}</text>`;
}
