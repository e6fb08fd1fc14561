import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine();
  t.posters.register('discord', new RecordingPoster());
  t.posters.register('slack', new RecordingPoster());
});
afterEach(() => t.cleanup());

const a = caller({ workspaceId: 'A', isAdmin: true });
const b = caller({ workspaceId: 'B', isAdmin: true });

describe('workspace isolation', () => {
  it('keeps decks, scores and questions of one workspace invisible from another', () => {
    t.engine.deckImport(a, { fileName: 'secret.csv', text: 'question,answer\nQ?,A\n' });
    expect(shown(t.engine.deckList(b)).body).not.toContain('secret');
    expect(refusal(() => t.engine.deckShow(b, 'secret'))).toMatch(/no deck called "secret"/);

    const q = t.engine.quizStart(a, { questions: 1 });
    const roundId = Number(q.buttons![0]!.id.split(':')[1]);
    expect(refusal(() => t.engine.answer(b, 'x', roundId))).toBe('That question belongs to another server or workspace.');
    expect(t.engine.answerPrompt(b, roundId).open).toBe(false);
    t.engine.answer(a, 'x');
    expect(shown(t.engine.leaderboard(b, {})).body).not.toContain('Ada');
  });

  it('treats the same id on Discord and Slack as two workspaces', () => {
    t.engine.quizStart(caller({ platform: 'slack', workspaceId: 'X' }), { questions: 1 });
    expect(refusal(() => t.engine.answer(caller({ platform: 'discord', workspaceId: 'X' }), 'x'))).toMatch(/no open question/);
  });

  it('stops schedules and quizzes of a workspace the bot was removed from', async () => {
    t.engine.dailySetup(a, { channelId: 'chan-1', time: '09:00', timezone: 'UTC' });
    t.engine.quizStart(a, {});
    t.engine.workspaceRemoved({ platform: 'discord', workspaceId: 'A' });
    expect(refusal(() => t.engine.answer(a, 'x'))).toMatch(/no open question/);
    expect(shown(t.engine.dailyStatus(a)).fields![0]!.value).toMatch(/^Paused\n/);
  });
});
