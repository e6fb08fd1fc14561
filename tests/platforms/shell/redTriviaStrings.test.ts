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

const play = (lines: string[]): Promise<string> => playLines(t, lines);

// Red-DiscordBot reads trivia lists with every value a string (YAML 1.1, no int/bool/float resolution).
const answers = ['08', '0508', 'yes', 'off', 'true', 'False', '1e3', '1_000', '0x1F', '.5', '~', '0o17', '1:20'];

describe('Red-DiscordBot trivia answers are read as their source text', () => {
  it.each(answers)('the answer %s is shown and accepted as written', async (answer) => {
    const file = path.join(t.dir, 'red.yaml');
    writeFileSync(file, `AUTHOR: someone\nWhat is the answer?:\n- ${answer}\n`);
    const out = await play([`/deck import ${file}`, '/quiz start red 1 600', `/answer ${answer}`, '/quiz stop']);
    // "~" is punctuation only, which the grader reads as no answer at all; it is still the model answer.
    if (answer !== '~') expect(out.slice(out.lastIndexOf('== Your grade =='))).toMatch(/^== Your grade ==\nCorrect!/);
    expect(out).toContain(`== Quiz · Answer to question 1 ==\n${answer}\n`);
  });
});
