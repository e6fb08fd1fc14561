import { msg, type Text } from '../core/text.ts';
import type { BoardImage } from '../engine/types.ts';
import { FONT_FAMILY } from './fonts.ts';
import { palette } from './palette.ts';
import { clip, clipToWidth, svgText } from './svgText.ts';

const WIDTH = 800;
const ROW = 44;
const TOP = 84;
/** Pixels between the name's start and the points column. */
const NAME_WIDTH = 420;
const medals = [palette.gold, palette.silver, palette.bronze];

/** The board's height: its rows (at least one line for an empty board) and the caller's standing. */
export const boardHeight = (rows: number): number => TOP + Math.max(1, rows) * ROW + 64;

/** The top 10 as a picture: rank (a medal for the first three), name, points and answers; the caller's standing below. */
export function boardSvg(board: BoardImage, say: (t: Text) => string): string {
  const height = boardHeight(board.rows.length);
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${height}" rx="16" fill="${palette.background}"/>`,
    svgText(32, 52, clip(say(board.title), 48), { size: 26, fill: palette.text, bold: true }),
  ];
  board.rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    if (i % 2 === 0) parts.push(`<rect x="20" y="${y}" width="${WIDTH - 40}" height="${ROW}" rx="8" fill="${palette.panel}"/>`);
    const medal = medals[r.rank - 1];
    if (medal) parts.push(`<circle cx="52" cy="${y + ROW / 2}" r="15" fill="${medal}"/>`);
    parts.push(
      svgText(52, y + ROW / 2 + 7, String(r.rank), { size: 18, fill: medal ? palette.background : palette.muted, bold: true, anchor: 'middle' }),
      svgText(88, y + ROW / 2 + 7, clipToWidth(r.name, NAME_WIDTH, 20), { size: 20, fill: palette.text }),
      svgText(WIDTH - 170, y + ROW / 2 + 7, say(msg('board.points', { count: r.points })), { size: 20, fill: palette.text, bold: true, anchor: 'end' }),
      svgText(WIDTH - 40, y + ROW / 2 + 6, say(msg('images.answers', { count: r.answers })), { size: 15, fill: palette.muted, anchor: 'end' }),
    );
  });
  if (!board.rows.length) parts.push(svgText(WIDTH / 2, TOP + ROW / 2 + 7, say(msg('images.boardEmpty')), { size: 18, fill: palette.muted, anchor: 'middle' }));
  const you = board.you ? msg('images.boardYou', { rank: board.you.rank, points: msg('board.points', { count: board.you.points }) }) : msg('board.youNone');
  parts.push(svgText(32, height - 26, clip(say(you), 70), { size: 17, fill: palette.muted }));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT_FAMILY}">${parts.join('')}</svg>`;
}
