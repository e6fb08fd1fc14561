import { describe, expect, it } from 'vitest';
import { parseCommand, tokenize } from '../../src/engine/commandGrammar.ts';
import { shellDialect } from '../../src/platforms/shell/parseShellCommand.ts';
import { slackDialect } from '../../src/platforms/slack/commands/quizCommand.ts';

const parse = (line: string, d = shellDialect) => parseCommand(tokenize(line), d);

describe('the image word of /stats and /leaderboard', () => {
  it('asks for a picture after the other arguments, and is never read as a member or a deck', () => {
    expect(parse('/stats image')).toEqual({ ok: true, command: { name: 'stats', args: { image: true } } });
    expect(parse('/stats @bob image')).toEqual({ ok: true, command: { name: 'stats', args: { user: { userId: 'bob', userName: 'bob' }, image: true } } });
    expect(parse('/leaderboard image')).toEqual({ ok: true, command: { name: 'leaderboard', args: { image: true } } });
    expect(parse('/lb week general-science IMAGE')).toEqual({ ok: true, command: { name: 'leaderboard', args: { period: 'week', deck: 'general-science', image: true } } });
    expect(parseCommand(tokenize('stats <@U2|bob> image'), slackDialect)).toEqual({ ok: true, command: { name: 'stats', args: { user: { userId: 'U2', userName: 'bob' }, image: true } } });
  });

  it('keeps the text forms as they were', () => {
    expect(parse('/stats')).toEqual({ ok: true, command: { name: 'stats', args: {} } });
    expect(parse('/stats @image')).toEqual({ ok: true, command: { name: 'stats', args: { user: { userId: 'image', userName: 'image' } } } });
    expect(parse('/leaderboard week')).toEqual({ ok: true, command: { name: 'leaderboard', args: { period: 'week' } } });
  });

  it('shows the word in the usage line of a wrong command', () => {
    const r = parse('/stats image extra');
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain('"raw":"image"');
  });
});
