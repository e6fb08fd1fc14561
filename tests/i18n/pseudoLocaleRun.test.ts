import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runQuizbot } from '../cli/runQuizbot.ts';
import { untranslated } from '../helpers/untranslated.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'quizbot-pseudo-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The words of a message body a member sees: Discord embeds and components, Slack text, blocks and views. */
function shownStrings(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) shownStrings(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const isControl = 'custom_id' in o || 'action_id' in o;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') {
        const shown = ['content', 'title', 'description', 'text', 'label', 'placeholder'].includes(k) || ((k === 'name' || k === 'value') && 'name' in o && 'value' in o && !isControl);
        if (shown) out.push(v);
      } else shownStrings(v, out);
    }
  }
  return out;
}

/** Tests that check German on purpose (a German member, a German server): not for a pseudo-locale run. */
const LANGUAGE_TESTS = ['tests/platforms/discord/localization.test.ts', 'tests/platforms/discord/settings.test.ts', 'tests/platforms/slack/localization.test.ts'];

/** Runs vitest on `targets` in a child process with the pseudo-locale switched on; resolves when it exits. */
function runTestsInPseudoLocale(targets: string[], outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...targets, ...LANGUAGE_TESTS.flatMap((t) => ['--exclude', t]), '--reporter=dot'];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, QUIZBOT_PSEUDO_OUT: outDir },
      stdio: 'ignore',
    });
    child.on('error', reject);
    // Their assertions expect English and fail here; only what they sent matters.
    child.on('exit', () => resolve());
  });
}

describe('the pseudo-locale', () => {
  it('leaves no untranslated text in anything the Discord and Slack tests make the bot send', async () => {
    const out = tempDir();
    await runTestsInPseudoLocale(['tests/platforms/discord', 'tests/platforms/slack'], out);
    const found = new Map<string, string>();
    let bodies = 0;
    for (const file of readdirSync(out)) {
      for (const line of readFileSync(path.join(out, file), 'utf8').split('\n').filter(Boolean)) {
        const { what, body } = JSON.parse(line) as { what: string; body: unknown };
        // Command registration carries the canonical English names with their localizations.
        if (/\/commands\b/.test(what)) continue;
        // Autocomplete offers data to pick from (timezones, deck names), not sentences.
        if ((body as { type?: number }).type === 8) continue;
        bodies++;
        // One body's strings in order: a deck text split over several blocks is whole again.
        const shown = shownStrings(body).join('\n');
        for (const w of untranslated(shown)) found.set(`${file.split('-')[0]}: ${w}`, `${what}: ${shown.slice(0, 160)}`);
      }
    }
    expect(bodies).toBeGreaterThan(200);
    expect(Object.fromEntries(found)).toEqual({});
  }, 240_000);

  it('leaves no untranslated text in a playground session', () => {
    const dir = tempDir();
    const session = [
      '/help', '/quiz', '/ask', '/answer L1 regularization, dropout and pruning', '@bob /answer no idea', '/leaderboard', '/stats',
      '/practice', '/daily setup 09:00 Europe/Berlin', '/daily status', '/daily pause', '/daily resume', '/daily skip', '/deck list',
      '/deck show deep-learning-training', '/deck use nope', '/settings', '/settings questions 3', '/quiz stop', '/leaderboard week',
      '/quiz start nope', '/daily setup 25:00 Mars/Base', '/frobnicate', 'hello', '/answer', '@bob /appeal not fair', '/review', '/review log',
    ];
    const r = runQuizbot(dir, ['start'], `${session.join('\n')}\n`, { QUIZBOT_LOCALE: 'en-XA' });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter((l) => !l.startsWith('> '));
    expect(lines.length).toBeGreaterThan(50);
    expect(untranslated(lines.join('\n'))).toEqual([]);
  });
});
