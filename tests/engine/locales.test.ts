import { afterEach, describe, expect, it } from 'vitest';
import type { EngineSettings } from '../../src/engine/context.ts';
import { UserError } from '../../src/engine/errors.ts';
import type { Caller, Reply } from '../../src/engine/types.ts';
import { shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
let poster: RecordingPoster;
afterEach(() => t.cleanup());

function start(settings: Partial<EngineSettings> = {}, now = '2026-03-02T07:00:00Z') {
  t = makeTestEngine({ now, settings });
  poster = new RecordingPoster();
  t.posters.register('discord', poster);
  t.posters.register('shell', poster);
}

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const german = caller({ userId: 'u-de', userName: 'Jonas', locale: 'de' });
const english = caller({ userId: 'u-en', userName: 'Ada', locale: 'en-US' });
/** A member whose platform names no language (or one quizbot does not speak). */
const unnamed = caller({ userId: 'u-x', userName: 'Kim', locale: 'pt-BR' });

/** How a reply reads, in the language the engine chose for it. */
const title = (r: Reply) => shown(r).title ?? '';

function refusedIn(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** `by` sets up a daily question in chan-1 at 09:00 UTC; it posts (the clock starts at 07:00). */
async function dailyPost(by: Caller): Promise<Reply> {
  t.engine.dailySetup(by, { channelId: 'chan-1', time: '09:00', timezone: 'UTC' });
  t.clock.set('2026-03-02T09:00:00Z');
  await t.engine.tick();
  const posted = poster.sent.find((s) => s.reply.kind === 'question');
  if (!posted) throw new Error('no daily question posted');
  return posted.reply;
}

describe('the language of replies and posts', () => {
  it('gives a German member in an English server German private replies, while the quiz question they start is in English', () => {
    start();
    const q = t.engine.quizStart(german, { questions: 1 });
    expect(q.visibility).toBe('public');
    expect(title(q)).toMatch(/^Quiz 1\/1 · Question \d+$/);
    expect(shown(q).buttons?.[0]?.label).toBe('Answer');
    const feedback = t.engine.answer(german, 'dropout');
    expect(feedback.visibility).toBe('private');
    expect(title(feedback)).toBe('Deine Bewertung');
    expect(title(t.engine.answer(english, 'dropout'))).toBe('Your grade');
  });

  it('posts the daily question in the server’s language, whoever set it up', async () => {
    start();
    const post = await dailyPost({ ...admin, locale: 'de' });
    expect(title(post)).toMatch(/Question \d+$/);
    expect(shown(post).buttons?.[0]?.label).toBe('Answer');
    t.engine.settings(admin, { language: 'de' });
    t.clock.set('2026-03-03T09:00:00Z');
    await t.engine.tick();
    const next = poster.sent.filter((s) => s.reply.kind === 'question')[1]!.reply;
    expect(title(next)).toMatch(/Frage \d+$/);
  });

  it('speaks German in public once the server chose German, to an English member too', async () => {
    start();
    t.engine.settings(admin, { language: 'de' });
    const q = t.engine.quizStart(english, { questions: 1, seconds: 10 });
    expect(title(q)).toMatch(/^Quiz 1\/1 · Frage \d+$/);
    expect(shown(q).buttons?.[0]?.label).toBe('Antworten');
    expect(title(t.engine.answer(english, 'dropout'))).toBe('Your grade');
    t.clock.advance(10_000);
    await t.engine.tick();
    const reveal = poster.sent.find((s) => s.reply.kind === 'reveal')!.reply;
    expect(title(reveal)).toMatch(/Lösung zu Frage \d+$/);
  });

  it('answers a member whose platform names no language we speak in the server’s language', async () => {
    start();
    t.engine.quizStart(admin, { questions: 1 });
    expect(title(t.engine.answer(unnamed, 'dropout'))).toBe('Your grade');
    await t.engine.quizStop(admin);
    t.engine.settings(admin, { language: 'de' });
    t.engine.quizStart(caller({ channelId: 'chan-2' }), { questions: 1 });
    expect(title(t.engine.answer({ ...unnamed, channelId: 'chan-2' }, 'dropout'))).toBe('Deine Bewertung');
  });

  it('tells each member of an error in their own language', () => {
    start();
    expect(refusedIn(() => t.engine.settings(german)).locale).toBe('de');
    expect(refusedIn(() => t.engine.settings(english)).locale).toBe('en');
    t.engine.settings(admin, { language: 'de' });
    expect(refusedIn(() => t.engine.settings(unnamed)).locale).toBe('de');
  });

  it('falls back to DEFAULT_LOCALE where the server chose nothing: in public, and for members without a language', async () => {
    start({ defaultLocale: 'de' });
    const q = t.engine.quizStart(english, { questions: 1 });
    expect(title(q)).toMatch(/Frage \d+$/);
    expect(title(t.engine.answer(unnamed, 'dropout'))).toBe('Deine Bewertung');
    expect(title(t.engine.answer(english, 'dropout'))).toBe('Your grade');
    t.engine.settings(admin, { language: 'en' });
    expect(title(t.engine.quizStart(caller({ channelId: 'chan-2' }), { questions: 1 }))).toMatch(/Question \d+$/);
  });

  it('lets a platform default (the playground’s QUIZBOT_LOCALE) come before DEFAULT_LOCALE, on that platform only', async () => {
    start({ platformLocales: { shell: 'de' } });
    const shellMember: Caller = caller({ platform: 'shell', workspaceId: 'local', channelId: 'terminal' });
    expect(title(t.engine.quizStart(shellMember, { questions: 1 }))).toMatch(/Frage \d+$/);
    expect(title(t.engine.quizStart(caller(), { questions: 1 }))).toMatch(/Question \d+$/);
  });
});
