import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentFile } from '../../fakes/discord/DiscordStandIn.ts';
import { pixels, pngHeader } from '../../images/png.ts';
import { alice, bob, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const EPHEMERAL = 64;

async function play() {
  await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { questions: 1 } }).callback;
  await h.slash(bob, { name: 'answer', options: { text: 'L1 regularization, dropout and pruning' } }).callback;
}

describe('/stats and /leaderboard with image', () => {
  it('/stats image sends the card as a PNG attachment (multipart), privately, with the text as its description', async () => {
    await play();
    const cb = await h.slash(bob, { name: 'stats', options: { image: true } }).callback;
    expect(String(cb.headers['content-type'])).toMatch(/^multipart\/form-data/);
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    const [file] = cb.body.files as SentFile[];
    expect(file).toMatchObject({ field: 'files[0]', name: 'quizbot-stats.png', contentType: 'image/png' });
    expect(pngHeader(file!.data)).toEqual({ signature: true, width: 800, height: 440 });
    expect(pixels(file!.data).width).toBe(800);
    // The attachment's metadata names the file part by id (files[0]) and carries the alt text.
    const attachment = cb.body.data.attachments[0];
    expect(attachment.id).toBe('0');
    expect(attachment.description).toMatch(/^Stats: bob\nPoints: \d+\nAnswers: 1 .*\nAccuracy: .*\nStreak: .*\nRank: #1 all time$/);
    expect(cb.body.data.embeds).toEqual([]);
  });

  it('/leaderboard image posts the board publicly; without the option the text board stays', async () => {
    await play();
    const cb = await h.slash(alice, { name: 'leaderboard', options: { image: true } }).callback;
    expect(cb.body.data.flags ?? 0).toBe(0);
    const [file] = cb.body.files as SentFile[];
    expect(file!.name).toBe('quizbot-leaderboard.png');
    expect(pngHeader(file!.data).signature).toBe(true);
    expect(cb.body.data.attachments[0].description).toContain('bob');

    const text = await h.slash(alice, { name: 'leaderboard' }).callback;
    expect(text.body.files).toBeUndefined();
    expect(textOf(text.body)).toContain('bob');
  });

  it('registers the image option with its German name', async () => {
    const defs = (await import('../../../src/platforms/discord/commands/index.ts')).commands.map((c) => c.data);
    for (const name of ['stats', 'leaderboard']) {
      const option = defs.find((d) => d.name === name)!.options!.find((o) => o.name === 'image')!;
      expect(option).toMatchObject({ type: 5, name_localizations: { de: 'bild' } });
    }
  });
});
