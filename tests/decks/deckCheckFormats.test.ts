import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckCheck } from '../../src/cli/deckCheck.ts';

const dir = mkdtempSync(join(tmpdir(), 'quizbot-deckformats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `quizbot deck check` in process, on a file written with these bytes. */
function check(name: string, content: string | Buffer): { code: number; lines: string[]; path: string } {
  const path = join(dir, name);
  writeFileSync(path, content);
  const lines: string[] = [];
  const code = deckCheck(path, (line) => lines.push(line));
  return { code, lines, path };
}

describe('deck check decodes bytes as chat imports do', () => {
  it('names the line, column and byte where a Latin-1 file stops being UTF-8', () => {
    const { code, lines, path } = check('fest.yaml', Buffer.from('Where is the Oktoberfest held?:\n- München\n', 'latin1'));
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${path}:2: this file is not UTF-8 text: byte 0xFC at line 2, column 4 (byte 36 of the file) is not valid UTF-8. Please save the deck as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.`,
    ]);
  });
});
