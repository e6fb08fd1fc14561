import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/renderText.ts';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const en = catalogs.en as Record<string, string>;

describe('message catalogs', () => {
  it('translate every English message into every shipped language, with the same placeholders', () => {
    for (const [locale, catalog] of Object.entries(catalogs) as Array<[string, Record<string, string>]>) {
      expect(Object.keys(catalog).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [id, text] of Object.entries(catalog)) {
        expect(text.trim(), `${locale} ${id}`).not.toBe('');
        expect(placeholders(text), `${locale} ${id}`).toEqual(placeholders(en[id] ?? ''));
      }
    }
  });

  it('give every plural both its singular and its plural form', () => {
    for (const id of Object.keys(en).filter((k) => k.endsWith('_one'))) expect(en, id).toHaveProperty(id.replace(/_one$/, '_other'));
    for (const id of Object.keys(en).filter((k) => k.endsWith('_other'))) expect(en, id).toHaveProperty(id.replace(/_other$/, '_one'));
  });

  it('hold no message the code never uses', () => {
    const code = files(src)
      .filter((f) => !f.includes(`${path.sep}i18n${path.sep}en${path.sep}`) && !f.includes(`${path.sep}i18n${path.sep}de${path.sep}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Ids built from a typed template (`discordCommand.name.${word}`) count as used under that prefix.
    const prefixes = [...code.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1] as string);
    const used = (id: string) => code.includes(`'${id}'`) || prefixes.some((p) => id.startsWith(p));
    const unused = [...new Set(Object.keys(en).map((k) => k.replace(PLURAL, '')))].filter((id) => !used(id));
    expect(unused).toEqual([]);
  });
});
