import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src/platforms/discord/commands/index.ts';
import { manageServer } from '../../../src/platforms/discord/commands/options.ts';
import { admin, alice, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const EPHEMERAL = 64;

describe('/settings', () => {
  it('is registered for members with Manage Server, with a language choice and the quiz numbers', () => {
    const data = commands.find((c) => c.data.name === 'settings')!.data;
    expect(data.default_member_permissions).toBe(manageServer);
    const options = data.options as { name: string; choices?: { value: string }[] }[];
    expect(options.map((o) => o.name)).toEqual(['language', 'questions', 'seconds']);
    expect(options[0]!.choices?.map((c) => c.value)).toEqual(['en', 'de']);
  });

  it('alone shows an admin the current settings, privately', async () => {
    const cb = await h.slash(admin, { name: 'settings' }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toContain('Language: English (default)');
    expect(textOf(cb.body)).toContain('Questions per quiz: 5 questions (default)');
  });

  it('saves what an admin chose and shows it to them', async () => {
    const saved = await h.slash(admin, { name: 'settings', options: { language: 'de', questions: 2, seconds: 30 } }).callback;
    expect(saved.body.data.flags).toBe(EPHEMERAL);
    // The admin's Discord is in English: their own replies stay English.
    expect(textOf(saved.body)).toMatch(/^Settings\nSaved\./);
    expect(textOf(saved.body)).toContain('Language: German');
    expect(textOf(saved.body)).toContain('Questions per quiz: 2 questions');
    const quiz = await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    expect(quiz.body.data.embeds[0].title).toMatch(/^Quiz 1\/2 /);
  });

  it('is refused to a member without Manage Server by the engine too', async () => {
    const cb = await h.slash(alice, { name: 'settings', options: { language: 'de' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toMatch(/^Only .*admins can do that/);
    expect(textOf((await h.slash(admin, { name: 'settings' }).callback).body)).toContain('Language: English (default)');
  });
});
