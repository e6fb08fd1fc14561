import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlayground } from '../../../src/platforms/shell/startPlayground.ts';
import { type TestEngine, makeTestEngine } from '../../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

async function play(lines: string[], locale?: 'de'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  input.end(`${lines.join('\n')}\n`);
  await startPlayground({ engine: t.engine, posters: t.posters, input, output, logger: pino({ level: 'silent' }), interactive: false, ...(locale ? { locale } : {}) });
  return text;
}

describe('terminal playground', () => {
  it('runs a quiz, grades an answer and shows the leaderboard with that user', async () => {
    const out = await play(['/quiz', '/answer L1 regularization, dropout and pruning', '/leaderboard']);
    expect(out).toContain('To connect Discord');
    expect(out).toMatch(/== Quiz 1\/5 · Question \d ==/);
    expect(out).toMatch(/== Your grade ==\n(Correct|Partly right|Not quite)! \d+%, \d+ points?\./);
    expect(out).toMatch(/== Leaderboard: all time ==\n🥇 you: \d+ pts \(1 answer\)/);
  });

  it('plays several members with @name and keeps their scores apart', async () => {
    const out = await play(['/quiz start deep-learning-training 1 60', '@alice /answer dropout', '@bob /answer no idea', '/stats @alice']);
    expect(out).toContain('Stats: alice');
    expect(out).toMatch(/Answers: 1/);
  });

  it('answers bad input politely and goes on', async () => {
    const out = await play(['/frobnicate', 'hello', '/quiz start 0', '/deck import missing.csv', '/help']);
    expect(out).toContain("I don't know \"/frobnicate\"");
    expect(out).toContain('Commands start with a slash');
    expect(out).toContain('must be a whole number from 1 to 50');
    expect(out).toContain('I cannot read missing.csv');
    expect(out).toContain('quizbot help');
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });

  it("says its own words in the member's language", async () => {
    t.cleanup();
    t = makeTestEngine({ settings: { platformLocales: { shell: 'de' } } }); // as QUIZBOT_LOCALE=de sets it
    const out = await play(['/quiz', 'hallo'], 'de');
    expect(out).toContain('quizbot-Spielwiese: Du bist in einem lokalen Chat-Kanal');
    expect(out).toContain('(antworte mit /answer DEINE ANTWORT)');
    expect(out).toMatch(/\(offen bis (\d{2}\.\d{2}\.\d{4}, )?\d{2}:\d{2}\)/);
    expect(out).toContain('Befehle beginnen mit einem Schrägstrich. Zum Antworten schreib /answer hallo');
  });

  it('names channels the playground way, with no platform syntax: its own channel is #general', async () => {
    const out = await play(['/daily setup 09:30 Europe/Berlin', '/daily status']);
    const status = out.slice(out.indexOf('> /daily status'));
    expect(status).toContain('#general');
    expect(out).not.toMatch(/<#/);
  });
});
