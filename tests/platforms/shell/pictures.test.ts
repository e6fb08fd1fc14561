import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestEngine, makeTestEngine } from '../../helpers/testEngine.ts';
import { playLines } from '../../helpers/playground.ts';
import { pixels, pngHeader } from '../../images/png.ts';

let t: TestEngine;
let dir: string;
beforeEach(() => {
  t = makeTestEngine();
  dir = mkdtempSync(path.join(tmpdir(), 'quizbot-pictures-'));
});
afterEach(() => {
  t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const play = (lines: string[], o: { locale?: 'de'; pictureDir?: string } = {}): Promise<string> => playLines(t, lines, { pictureDir: o.pictureDir ?? dir, ...(o.locale ? { locale: o.locale } : {}) });

describe('playground pictures', () => {
  it('/stats image prints the stats, then writes the card and prints its path', async () => {
    const out = await play(['/quiz start deep-learning-training 1 60', '/answer dropout', '/stats image']);
    const file = path.join(dir, 'quizbot-stats.png');
    expect(out).toContain('Stats: you');
    expect(out).toContain(`Picture saved: ${file}`);
    expect(pngHeader(readFileSync(file))).toEqual({ signature: true, width: 800, height: 440 });
  });

  it('/leaderboard image writes the board, in the member\'s language', async () => {
    const out = await play(['/quiz start deep-learning-training 1 60', '/answer dropout', '/leaderboard image'], { locale: 'de' });
    const file = path.join(dir, 'quizbot-leaderboard.png');
    expect(out).toContain(`Bild gespeichert: ${file}`);
    expect(pixels(readFileSync(file)).width).toBe(800);
  });

  it('writes nothing without the image word', async () => {
    const out = await play(['/stats', '/leaderboard']);
    expect(out).not.toContain('Picture saved');
    expect(existsSync(path.join(dir, 'quizbot-stats.png'))).toBe(false);
  });

  it('says so politely when the folder cannot be written', async () => {
    const out = await play(['/quiz start deep-learning-training 1 60', '/answer dropout', '/stats image'], { pictureDir: path.join(dir, 'missing', 'folder') });
    expect(out).toContain('Could not save the picture as');
    expect(out).toContain('Check that the folder exists');
  });
});
