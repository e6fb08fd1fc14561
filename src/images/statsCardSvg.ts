import { msg, type Text } from '../core/text.ts';
import type { StatsImage } from '../engine/types.ts';
import { FONT_FAMILY } from './fonts.ts';
import { gradeColour, palette } from './palette.ts';
import { clip, clipToWidth, svgText } from './svgText.ts';

export const STATS_CARD = { width: 800, height: 440 } as const;

/** The title (with the member's name) has one line across the card. */
const TITLE_WIDTH = 736;
/** Bold glyphs are wider. */
const BOLD = 1.2;

/** The stats card: four tiles (points, accuracy, streak, rank) over a bar per day of the last days' average grade. */
export function statsCardSvg(card: StatsImage, say: (t: Text) => string): string {
  const { width, height } = STATS_CARD;
  const percent = (share: number) => say(msg('images.percent', { share: { percent: share } }));
  const number = (value: number) => say(msg('images.number', { value }));
  const tiles: [Text, string, Text][] = [
    [msg('images.points'), number(card.points), msg('images.answers', { count: card.answers })],
    [msg('images.accuracy'), percent(card.accuracy), msg('images.accuracyNote')],
    [msg('images.streak'), number(card.streak), msg('images.bestStreak', { best: card.bestStreak })],
    [msg('images.rank'), card.rank === undefined ? '–' : say(msg('images.rankValue', { rank: card.rank })), msg('images.rankNote')],
  ];
  const parts: string[] = [
    `<rect width="${width}" height="${height}" rx="16" fill="${palette.background}"/>`,
    svgText(32, 54, clipToWidth(say(msg('images.statsTitle', { name: card.name })), TITLE_WIDTH, 28 * BOLD), { size: 28, fill: palette.text, bold: true }),
  ];
  const tileW = (width - 64 - 3 * 16) / 4;
  tiles.forEach(([label, value, note], i) => {
    const x = 32 + i * (tileW + 16);
    parts.push(
      `<rect x="${x}" y="76" width="${tileW}" height="104" rx="10" fill="${palette.panel}"/>`,
      svgText(x + 16, 104, clip(say(label), 18), { size: 15, fill: palette.muted }),
      svgText(x + 16, 144, clip(value, 10), { size: 32, fill: palette.text, bold: true }),
      svgText(x + 16, 168, clip(say(note), 22), { size: 13, fill: palette.muted }),
    );
  });
  parts.push(chart(card, say, percent));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">${parts.join('')}</svg>`;
}

/** Bars of each day's average grade; a day without answers is a flat mark, so gaps read as rest, not as 0 %. */
function chart(card: StatsImage, say: (t: Text) => string, percent: (share: number) => string): string {
  const left = 84;
  const right = STATS_CARD.width - 32;
  const top = 236;
  const bottom = 384;
  const h = bottom - top;
  const out: string[] = [svgText(32, 214, say(msg('images.chartTitle', { days: card.days.length })), { size: 17, fill: palette.text, bold: true })];
  for (const share of [0, 0.5, 1]) {
    const y = bottom - share * h;
    out.push(`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${palette.grid}" stroke-width="1"/>`);
    out.push(svgText(left - 10, y + 5, percent(share), { size: 13, fill: palette.muted, anchor: 'end' }));
  }
  const n = Math.max(1, card.days.length);
  const slot = (right - left) / n;
  const bar = Math.max(2, slot * 0.7);
  card.days.forEach((d, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    if (!d.answers) {
      out.push(`<rect x="${x.toFixed(1)}" y="${bottom - 3}" width="${bar.toFixed(1)}" height="3" fill="${palette.empty}"/>`);
      return;
    }
    const bh = Math.max(3, Math.min(1, d.accuracy) * h);
    out.push(`<rect x="${x.toFixed(1)}" y="${(bottom - bh).toFixed(1)}" width="${bar.toFixed(1)}" height="${bh.toFixed(1)}" rx="2" fill="${gradeColour(d.accuracy)}"/>`);
  });
  if (!card.days.some((d) => d.answers)) out.push(svgText((left + right) / 2, top + h / 2, say(msg('images.chartNoAnswers')), { size: 15, fill: palette.muted, anchor: 'middle' }));
  const first = card.days[0];
  const last = card.days[card.days.length - 1];
  const day = (ms: number) => say(msg('images.day', { date: { date: ms, show: 'date', zone: 'UTC' } }));
  if (first) out.push(svgText(left, bottom + 24, day(first.day), { size: 13, fill: palette.muted }));
  if (last && last !== first) out.push(svgText(right, bottom + 24, day(last.day), { size: 13, fill: palette.muted, anchor: 'end' }));
  return out.join('');
}
