import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src/platforms/discord/commands/index.ts';
import { manageServer } from '../../../src/platforms/discord/commands/options.ts';
import { snowflake, type TestUser } from '../../fakes/discord/payloads.ts';
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
/** A member whose Discord client is in German. */
const jonas: TestUser = { id: snowflake(), username: 'jonas', locale: 'de' };

describe('/settings', () => {
  it('is registered for members with Manage Server, with a language choice, the quiz numbers and the reviewer role', () => {
    const data = commands.find((c) => c.data.name === 'settings')!.data;
    expect(data.default_member_permissions).toBe(manageServer);
    const options = data.options as { name: string; choices?: { value: string }[] }[];
    expect(options.map((o) => o.name)).toEqual(['language', 'questions', 'seconds', 'reviewers', 'reward_role', 'reward_top']);
    expect(options[0]!.choices?.map((c) => c.value)).toEqual(['en', 'de']);
  });

  it('alone shows an admin the current settings, privately', async () => {
    const cb = await h.slash(admin, { name: 'settings' }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toContain('Language: English (default)');
    expect(textOf(cb.body)).toContain('Questions per quiz: 5 questions (default)');
  });

  it('saves what an admin chose; the server’s quiz then speaks German and uses its numbers', async () => {
    const saved = await h.slash(admin, { name: 'settings', options: { language: 'de', questions: 2, seconds: 30 } }).callback;
    expect(saved.body.data.flags).toBe(EPHEMERAL);
    // The admin's Discord is in English: their own replies stay English.
    expect(textOf(saved.body)).toMatch(/^Settings\nSaved\./);
    expect(textOf(saved.body)).toContain('Language: German');
    const quiz = await h.slash(alice, { name: 'quiz', subcommand: 'start' }).callback;
    expect(quiz.body.data.flags ?? 0).toBe(0);
    expect(quiz.body.data.embeds[0].title).toMatch(/^Quiz 1\/2 · Frage \d+$/);
    expect(quiz.body.data.components[0].components[0]).toMatchObject({ label: 'Antworten' });
  });

  it('is refused to a member without Manage Server by the engine too', async () => {
    const cb = await h.slash(alice, { name: 'settings', options: { language: 'de' } }).callback;
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(cb.body)).toBe('Only admins can do that.');
    expect(textOf((await h.slash(admin, { name: 'settings' }).callback).body)).toContain('Language: English (default)');
  });
});

describe('a German member in an English server', () => {
  it('gets private replies in German while the quiz they start is posted in English', async () => {
    const quiz = await h.slash(jonas, { name: 'quiz', subcommand: 'start', options: { questions: 1 } }).callback;
    expect(quiz.body.data.embeds[0].title).toMatch(/^Quiz 1\/1 · Question \d+$/);
    const graded = await h.slash(jonas, { name: 'answer', options: { text: 'dropout' } }).callback;
    expect(graded.body.data.flags).toBe(EPHEMERAL);
    expect(graded.body.data.embeds[0].title).toBe('Deine Bewertung');
    const refused = await h.slash(jonas, { name: 'settings' }).callback;
    expect(textOf(refused.body)).toBe('Das dürfen nur Admins.');
  });
});
