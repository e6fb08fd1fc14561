import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestEngine, makeTestEngine } from '../../helpers/testEngine.ts';
import { playLines } from '../../helpers/playground.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
});
afterEach(() => t.cleanup());

const play = (lines: string[], locale?: 'de'): Promise<string> => playLines(t, lines, locale ? { locale } : {});

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

  it('a reveal says how to practise privately, as its button does on the platforms', async () => {
    const out = await play(['/quiz start 1 30', '/answer dropout', '/quiz stop']);
    expect(out).toMatch(/== Quiz · Answer to question \d+ ==[\s\S]*Full marks: [^\n]*\n\(to practise privately: \/practice\)/);
  });

  it('/status shows the scheduler and the database, as on the platforms', async () => {
    await t.engine.tick();
    const out = await play(['/status', '/help']);
    expect(out).toContain('== quizbot status ==');
    expect(out).toMatch(/The scheduler last ticked \d+ s ago \(1 process\)\./);
    expect(out).toContain('/status: the bot’s processes, shards, database size and last scheduler tick (admins)');
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

  it('practice during a quiz draws another question, and /answer then grades the practice question with its model answer', async () => {
    const deck = path.join(t.dir, 'pair.yaml');
    writeFileSync(deck, 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\n');
    // Practice walks the deck in turn, so two draws would reach the open quiz question.
    const out = await play([`/deck import ${deck}`, '/quiz start pair 1 600', '/answer Au', '/practice pair', '/practice pair', '/answer Fe']);
    const quizNumber = /== Quiz 1\/1 · Question (\d) ==/.exec(out)![1];
    const drawn = [...out.matchAll(/== Practice · Question (\d) ==/g)].map((m) => m[1]);
    expect(drawn).toHaveLength(2);
    expect(drawn).not.toContain(quizNumber);
    const graded = out.slice(out.lastIndexOf('> /answer Fe'));
    expect(graded).toContain('== Your grade ==');
    expect(graded).not.toContain('Already answered');
    expect(graded).toMatch(/Model answer: (Au|Fe)/);
  });

  it('/answer goes to the quiz question the member has not answered yet, then to their practice question', async () => {
    const deck = path.join(t.dir, 'pair.yaml');
    writeFileSync(deck, 'What is the chemical symbol for gold?:\n- Au\nWhat is the chemical symbol for iron?:\n- Fe\n');
    const out = await play([`/deck import ${deck}`, '/quiz start pair 1 600', '/practice pair', '/answer Au', '/answer Fe', '/answer Ag']);
    const section = (from: string, to?: string) => out.slice(out.indexOf(from), to ? out.indexOf(to) : undefined);
    // The quiz question comes first: its grade shows no model answer before the reveal.
    const first = section('> /answer Au', '> /answer Fe');
    expect(first).toContain('== Your grade ==');
    expect(first).not.toContain('Model answer');
    // With the quiz question answered, the next /answer is the practice question's, graded with its model answer.
    const second = section('> /answer Fe', '> /answer Ag');
    expect(second).toContain('== Your grade ==');
    expect(second).toMatch(/Model answer: (Au|Fe)/);
    expect(second).not.toContain('Already answered');
    // Nothing is left open for this member: the quiz question says it was answered.
    expect(section('> /answer Ag')).toContain('== Already answered ==');
  });

  it('appeals with /appeal, reviews with /review and /grade set, and prints the member\'s private notice', async () => {
    const deck = path.join(t.dir, 'gold.yaml');
    writeFileSync(deck, 'What is the chemical symbol for gold?:\n- Au\n');
    const out = await play([`/deck import ${deck}`, '/quiz start gold 1 60', '@bob /answer Pb', '@bob /appeal Pb is right', '/review', '/grade set @bob 1 gold correct fine then', '/review log']);
    const feedback = out.slice(out.indexOf('> @bob /answer Pb'), out.indexOf('> @bob /appeal'));
    expect(feedback).toContain('(to appeal this grade: /appeal REASON)');
    expect(out).toContain('Your appeal is in.');
    expect(out).toContain('1. Appeal by bob · Quiz · question 1 (gold)');
    const decided = out.slice(out.indexOf('> /grade set'), out.indexOf('> /review log'));
    expect(decided).toMatch(/Privately to bob:\n== Your grade was reviewed ==\nYour appeal was decided\.\nYour answer to question 1 \(gold\) is now correct: 100% and 13 points \(before: incorrect, 0\)\.\nThe reviewer’s note: fine then/);
    expect(decided).toContain('They were told privately.');
    expect(out).toContain('on bob, question 1 (gold), appeal: incorrect (0) → correct (13)');
  });
});
