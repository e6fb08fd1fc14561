import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g;
/** Three words in a row: the shape of a sentence, a label or a phrase. */
const PHRASE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;
/** The grader's lists of English words (language data, not text for users): lowercase words and spaces only. */
const WORD_LIST = /^[a-z' ]+$/;
/** Text for operators and developers, not for users: log lines and programming errors. */
const FOR_OPERATORS = /\b(logger|log)\.(trace|debug|info|warn|error|fatal)\(|new (Error|TypeError|RangeError|DeliveryError)\(/;

/** Literals in src/engine and src/core that read like English shown to users. */
function englishOutsideCatalogs(): string[] {
  const found: string[] = [];
  for (const file of [...files(path.join(src, 'engine')), ...files(path.join(src, 'core'))]) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      if (/^\s*import\b/.test(code)) return;
      // A log call or an Error may spread its message over the next lines.
      const context = lines.slice(Math.max(0, i - 2), i + 1).join(' ');
      for (const m of code.matchAll(LITERAL)) {
        const literal = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
        if (!PHRASE.test(literal) || WORD_LIST.test(literal.trim()) || FOR_OPERATORS.test(context)) continue;
        found.push(`${path.relative(src, file)}:${i + 1}: ${literal.slice(0, 80)}`);
      }
    });
  }
  return found;
}

describe('the engine and the core', () => {
  it('write no English for users outside the message catalogs', () => {
    expect(englishOutsideCatalogs()).toEqual([]);
  });
});
