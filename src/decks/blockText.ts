import { latexToText } from './latexToText.ts';

const listItem = /^\s*(?:\d+[.)]|[-*+])\s/;

/**
 * Tidies a block of deck lines into the light Markdown replies use: single
 * blank lines between paragraphs, none between items of one list, no trailing
 * spaces, LaTeX made readable.
 */
export function blockText(lines: string[]): string {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Runs of spaces inside a line are typing noise; leading ones may nest a list.
    const line = (lines[i] as string).trimEnd().replace(/(?<=\S)[ \t]{2,}/g, ' ');
    if (line === '') {
      const prev = kept[kept.length - 1];
      if (prev === undefined || prev === '') continue;
      if (listItem.test(prev)) {
        let j = i + 1;
        while (j < lines.length && (lines[j] as string).trim() === '') j++;
        if (j < lines.length && listItem.test(lines[j] as string)) {
          i = j - 1;
          continue;
        }
      }
    }
    kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return latexToText(kept.join('\n'));
}

/** Single-line text such as a prompt: whitespace collapsed, LaTeX made readable. */
export function lineText(text: string): string {
  return latexToText(text.replace(/\s+/g, ' ').trim());
}
