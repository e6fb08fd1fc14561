import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drawReplyImage, replyImageSvg } from '../../src/images/drawReplyImage.ts';
import { boardHeight } from '../../src/images/boardSvg.ts';
import { clearTextPaths, textAsPaths } from '../../src/images/textPaths.ts';
import { boardReply, statsReply } from './fixtures.ts';
import { colourCount, differingShare, inkShare, pixels, pngHeader } from './png.ts';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/**
 * The picture against its committed golden PNG. A channel may be off by `TOLERANCE` (anti-aliasing
 * differs a little between builds of the renderer) and at most `MAX_DIFFERING` of the pixels may
 * differ more. `UPDATE_GOLDEN=1` writes the golden instead, after a deliberate change to the design.
 */
const TOLERANCE = 40;
const MAX_DIFFERING = 0.002;
function expectLikeGolden(png: Buffer, name: string) {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden(name))) {
    if (process.env.CI) throw new Error(`golden ${name} is missing`);
    writeFileSync(golden(name), png);
  }
  const share = differingShare(pixels(png), pixels(readFileSync(golden(name))), TOLERANCE);
  expect(share, `${name}: share of pixels unlike the golden`).toBeLessThanOrEqual(MAX_DIFFERING);
}

describe('stats card', () => {
  it('is a PNG of 800 by 440 pixels with something drawn on it', () => {
    const picture = drawReplyImage(statsReply('en'))!;
    expect(pngHeader(picture.png)).toEqual({ signature: true, width: 800, height: 440 });
    const p = pixels(picture.png);
    expect([p.width, p.height]).toEqual([800, 440]);
    expect(colourCount(p)).toBeGreaterThan(50);
    // The title's text and the chart's bars are drawn: the shipped font was loaded.
    expect(inkShare(p, 24, 24, 400, 40)).toBeGreaterThan(0.05);
    expect(inkShare(p, 90, 240, 670, 140)).toBeGreaterThan(0.2);
    expect(picture.fileName).toBe('quizbot-stats.png');
  });

  it('looks like its golden picture', () => {
    expectLikeGolden(drawReplyImage(statsReply('en'))!.png, 'stats-en.png');
  });

  it('notices a changed picture: another name is not the golden', () => {
    const other = pixels(drawReplyImage(statsReply('en', { name: 'Grace Hopper' }))!.png);
    expect(differingShare(other, pixels(readFileSync(golden('stats-en.png'))), TOLERANCE)).toBeGreaterThan(MAX_DIFFERING);
  });

  it('speaks the reader\'s language', () => {
    const de = replyImageSvg(statsReply('de'))!;
    expect(de).toContain('Trefferquote der letzten 30 Tage');
    expect(de).toContain('1.234');
    expect(de).toContain('01.02.2026');
    const en = replyImageSvg(statsReply('en'))!;
    expect(en).toContain('Accuracy, last 30 days');
    expect(en).toContain('1,234');
    expect(en).toContain('Feb 1, 2026');
  });

  it('escapes names for SVG and drops characters XML cannot hold', () => {
    const name = '<script>&"x\'</script>\u0001\uD800';
    const svg = replyImageSvg(statsReply('en', { name }))!;
    expect(svg).toContain('Progress: &lt;script&gt;&amp;&quot;x&#39;&lt;/script&gt;');
    expect(svg).not.toContain('<script>');
    const picture = drawReplyImage(statsReply('en', { name }))!;
    expect(pngHeader(picture.png).signature).toBe(true);
  });

  it('cuts a long name to one line', () => {
    const svg = replyImageSvg(statsReply('en', { name: 'W'.repeat(80) }))!;
    expect(svg).toMatch(/Progress: W+…</);
    expect(svg).not.toContain('W'.repeat(40));
  });

  it('carries the text version as its alt text', () => {
    const r = statsReply('en');
    const picture = drawReplyImage({ ...r, fields: [{ name: { raw: 'Points' }, value: { raw: '1234' } }] })!;
    expect(picture.alt).toBe('Stats: Ada Lovelace\nPoints: 1234');
  });
});

describe('leaderboard picture', () => {
  it('grows with its rows and shows the title in the reader\'s language', () => {
    const picture = drawReplyImage(boardReply('de'))!;
    expect(pngHeader(picture.png)).toEqual({ signature: true, width: 800, height: boardHeight(10) });
    expect(replyImageSvg(boardReply('de'))).toContain('Bestenliste: diese Woche');
    expect(pngHeader(drawReplyImage(boardReply('en', ['Ada']))!.png).height).toBe(boardHeight(1));
    expect(replyImageSvg(boardReply('en', []))).toContain('No answers yet.');
  });

  it('looks like its golden picture', () => {
    expectLikeGolden(drawReplyImage(boardReply('de'))!.png, 'board-de.png');
  });

  it('draws no picture for a reply that asked for none', () => {
    expect(drawReplyImage({ visibility: 'public', kind: 'info', body: [] })).toBeUndefined();
  });
});

describe('text drawn as outlines', () => {
  it('draws the same picture whether its text runs were shaped before or not', () => {
    clearTextPaths();
    const fresh = drawReplyImage(statsReply('en'))!.png;
    const reused = drawReplyImage(statsReply('en'))!.png;
    expect(reused.equals(fresh)).toBe(true);
    const svg = textAsPaths(replyImageSvg(statsReply('en'))!);
    expect(svg).not.toContain('<text');
    expect(svg.match(/<g transform="translate\(/g)!.length).toBeGreaterThan(15);
  });

  it('keeps a member\'s name as the same outline wherever it stands', () => {
    const one = textAsPaths(replyImageSvg(boardReply('en', ['Ada', 'Bob']))!);
    const other = textAsPaths(replyImageSvg(boardReply('en', ['Bob', 'Ada']))!);
    const bob = (svg: string, y: number) => svg.match(new RegExp(`<g transform="translate\\(88 ${y}\\)">(.*?)</g>`))![1];
    expect(bob(one, 84 + 44 + 29)).toBe(bob(other, 84 + 29));
  });
});
