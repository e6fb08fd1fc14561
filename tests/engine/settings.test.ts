import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/engine/errors.ts';
import type { Reply } from '../../src/engine/types.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });

/** The settings a reply lists, as an English reader sees them: `{ Language: 'English (default)', ... }`. */
function listed(r: Reply): Record<string, string> {
  return Object.fromEntries((shown(r, 'en').fields ?? []).map((f) => [f.name, f.value]));
}

const userError = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
};

describe('/settings', () => {
  it('alone shows every setting with the configured defaults marked', async () => {
    const r = await t.engine.settings(admin);
    expect(r.visibility).toBe('private');
    expect(shown(r, 'en').title).toBe('Settings');
    expect(listed(r)).toEqual({ Language: 'English (default)', 'Questions per quiz': '5 questions (default)', 'Time per question': '60 seconds (default)' });
  });

  it('saves changes and shows them, then keeps them for the next look', async () => {
    const saved = await t.engine.settings(admin, { language: 'de', quizQuestions: 3, quizSeconds: 30 });
    expect(shown(saved, 'en').body).toMatch(/^Saved\./);
    const expected = { Language: 'German', 'Questions per quiz': '3 questions', 'Time per question': '30 seconds' };
    expect(listed(saved)).toEqual(expected);
    expect(listed(await t.engine.settings(admin))).toEqual(expected);
  });

  it('keeps settings across a restart, and changes only what is named', async () => {
    await t.engine.settings(admin, { quizQuestions: 3 });
    t = t.restart();
    expect(listed(await t.engine.settings(admin, { quizSeconds: 90 }))).toMatchObject({ 'Questions per quiz': '3 questions', 'Time per question': '90 seconds' });
  });

  it('resets a setting to the default with null', async () => {
    await t.engine.settings(admin, { language: 'de', quizQuestions: 3 });
    expect(listed(await t.engine.settings(admin, { quizQuestions: null }))).toMatchObject({ Language: 'German', 'Questions per quiz': '5 questions (default)' });
  });

  it('is for admins only, looking or changing', async () => {
    const member = caller();
    expect(userError(() => t.engine.settings(member)).code).toBe('admin_only');
    expect(userError(() => t.engine.settings(member, { language: 'de' })).code).toBe('admin_only');
    expect(listed(await t.engine.settings(admin)).Language).toBe('English (default)');
  });

  it('refuses a language it does not speak and numbers out of range, saving nothing', async () => {
    const lang = userError(() => t.engine.settings(admin, { language: 'fr' as never, quizQuestions: 3 }));
    expect(shown({ visibility: 'private', kind: 'error', body: lang.text }, 'en').body).toBe('I don’t speak “fr” yet. The languages I speak: English and German.');
    expect(userError(() => t.engine.settings(admin, { quizQuestions: 51 })).code).toBe('bad_number');
    expect(userError(() => t.engine.settings(admin, { quizSeconds: 5 })).code).toBe('bad_number');
    expect(listed(await t.engine.settings(admin))).toMatchObject({ 'Questions per quiz': '5 questions (default)', 'Time per question': '60 seconds (default)' });
  });

  it('shows reveals in threads only where reveals can be threaded (Slack)', async () => {
    const slackAdmin = caller({ platform: 'slack', workspaceId: 'T1', isAdmin: true });
    expect(listed(await t.engine.settings(slackAdmin))).toMatchObject({ 'Answers revealed in a thread': 'off (default)' });
    expect(listed(await t.engine.settings(slackAdmin, { revealInThread: true }))).toMatchObject({ 'Answers revealed in a thread': 'on' });
    expect(listed(await t.engine.settings(admin))).not.toHaveProperty('Answers revealed in a thread');
  });

  it('speaks German in its listing to a German admin', async () => {
    const r = await t.engine.settings({ ...admin, locale: 'de' }, { quizQuestions: 1 });
    expect(shown(r).fields?.map((f) => `${f.name}: ${f.value}`)).toEqual(['Sprache: Englisch (Standard)', 'Fragen pro Quiz: 1 Frage', 'Zeit pro Frage: 60 Sekunden (Standard)']);
  });
});

describe('quiz defaults', () => {
  it('come from the server’s settings when /quiz start names none, else from the configuration', () => {
    t.engine.settings(admin, { quizQuestions: 2, quizSeconds: 20 });
    const q = t.engine.quizStart(caller(), {});
    expect(q.closesAt).toBe(t.clock.now() + 20_000);
    expect(shown(q).title).toMatch(/^Quiz 1\/2 /);
    const elsewhere = t.engine.quizStart(caller({ workspaceId: 'guild-2' }), {});
    expect(elsewhere.closesAt).toBe(t.clock.now() + 60_000);
    expect(shown(elsewhere).title).toMatch(/^Quiz 1\/5 /);
  });

  it('give way to numbers the starter names', () => {
    t.engine.settings(admin, { quizQuestions: 2, quizSeconds: 20 });
    const q = t.engine.quizStart(caller(), { questions: 3, seconds: 45 });
    expect(q.closesAt).toBe(t.clock.now() + 45_000);
    expect(shown(q).title).toMatch(/^Quiz 1\/3 /);
  });
});

describe('the language adapters speak in themselves (usage errors)', () => {
  it('is the member’s platform language, else the server’s setting, else the default', () => {
    expect(t.engine.localeOf(caller({ locale: 'de-AT' }))).toBe('de');
    expect(t.engine.localeOf(caller({ locale: 'fr' }))).toBe('en');
    t.engine.settings(admin, { language: 'de' });
    expect(t.engine.localeOf(caller({ locale: 'fr' }))).toBe('de');
    expect(t.engine.localeOf(caller())).toBe('de');
    expect(t.engine.localeOf(caller({ locale: 'en-GB' }))).toBe('en');
    expect(t.engine.localeOf(caller({ workspaceId: 'guild-never-seen' }))).toBe('en');
  });
});

describe('/help', () => {
  it('names /settings for admins', () => {
    expect(shown(t.engine.help(caller())).body).toMatch(/\*\*\/settings\*\* .*\(admins\)$/m);
  });
});
