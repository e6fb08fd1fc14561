import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

const layer = (file: string) => path.relative(src, file).split(path.sep)[0];

describe('dependency direction', () => {
  it('keeps core pure: no platform SDK, no storage, no engine', () => {
    for (const f of files(path.join(src, 'core'))) {
      for (const i of importsOf(f)) {
        expect(i, `${path.relative(src, f)} imports ${i}`).not.toMatch(/discord|slack|better-sqlite3|node-cron|\/engine\/|\/store\/|\/platforms\//);
      }
    }
  });

  it('keeps the engine free of platforms and platform SDKs', () => {
    for (const f of files(path.join(src, 'engine'))) {
      for (const i of importsOf(f)) expect(i, `${path.relative(src, f)} imports ${i}`).not.toMatch(/discord|slack|\/platforms\//);
    }
  });

  it('keeps each platform adapter away from the others and from the store', () => {
    for (const f of files(path.join(src, 'platforms'))) {
      const own = path.relative(path.join(src, 'platforms'), f).split(path.sep)[0]!;
      for (const i of importsOf(f)) {
        expect(i, `${path.relative(src, f)} imports ${i}`).not.toMatch(/\/store\//);
        for (const other of ['discord', 'slack', 'shell'].filter((p) => p !== own)) expect(i).not.toContain(`/${other}/`);
      }
    }
    expect(layer(path.join(src, 'core', 'deck.ts'))).toBe('core');
  });
});
