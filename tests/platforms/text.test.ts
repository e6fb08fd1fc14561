import { describe, expect, it } from 'vitest';
import { slackTokens } from '../../src/platforms/slack/render/mrkdwn.ts';
import { shorten, splitText } from '../../src/platforms/text.ts';

/** A long Markdown text made of numbered paragraphs, like a long model answer. */
function longText(paragraphs: number, size = 700): string {
  return Array.from({ length: paragraphs }, (_, i) => `${i + 1}. ${'word '.repeat(size / 5)}`.trim()).join('\n\n');
}

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('short text', 4096)).toEqual(['short text']);
  });

  it('cuts at paragraph breaks and loses no word', () => {
    const text = longText(20);
    const pieces = splitText(text, 4096);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(4096);
    expect(pieces.every((p) => /^\d+\. /.test(p))).toBe(true);
    expect(pieces.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('prefers paragraph breaks, then lines, then spaces', () => {
    expect(splitText('aaaa\n\nbbbb', 8)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aaaa bbbb\ncccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
  });

  it('leaves no tiny piece for a paragraph break near the start', () => {
    expect(splitText('a\n\nbbb ccc ddd', 10)).toEqual(['a\n\nbbb ccc', 'ddd']);
  });

  it('hard-cuts a single word longer than the limit', () => {
    expect(splitText('x'.repeat(10_000), 4096).map((p) => p.length)).toEqual([4096, 4096, 1808]);
    expect(splitText('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
  });

  it('never cuts an emoji in half', () => {
    const pieces = splitText(`${'x'.repeat(3)}😀${'y'.repeat(3)}`, 4);
    expect(pieces).toEqual(['xxx', '😀yy', 'y']);
    expect(pieces.join('')).toBe('xxx😀yyy');
  });

  it('does not cut inside the spans a platform keeps whole', () => {
    expect(splitText('xx&amp;yy', 5, slackTokens)).toEqual(['xx', '&amp;', 'yy']);
    const date = '<!date^1767225600^{date_short} at {time}|1 Jan 2026 00:00>';
    expect(splitText(`Closes ${date} sharp`, 60, slackTokens)).toEqual(['Closes', date, 'sharp']);
  });

  it('refuses a limit below one character', () => {
    expect(() => splitText('abc', 0)).toThrow(RangeError);
  });
});

describe('shorten', () => {
  it('marks the cut with an ellipsis within the limit', () => {
    expect(shorten('abcdef', 4)).toBe('abc…');
    expect(shorten('abc', 4)).toBe('abc');
  });

  it('cuts after a whole word and adds the note only when it cuts', () => {
    expect(shorten('alpha beta gamma', 12)).toBe('alpha beta…');
    expect(shorten('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda', 50, '(shortened)')).toBe('alpha beta gamma delta epsilon zeta…\u00a0(shortened)');
    expect(shorten('alpha beta', 40, '(shortened)')).toBe('alpha beta');
  });

  it('leaves the note out when it would take most of the room', () => {
    expect(shorten('alpha beta gamma delta', 20, '(shortened)')).toBe('alpha beta gamma…');
  });

  it('never leaves half of an emoji behind', () => {
    expect(shorten(`${'x'.repeat(9)}😀yyyyyyyyyy`, 11)).toBe(`${'x'.repeat(9)}…`);
  });

  it('does not cut inside the spans a platform keeps whole', () => {
    expect(shorten(`${'x'.repeat(8)}&amp;${'y'.repeat(8)}`, 12, '', slackTokens)).toBe(`${'x'.repeat(8)}…`);
    expect(shorten('See <#C123|general-announcements-and-news> for more', 30, '', slackTokens)).toBe('See…');
  });
});
