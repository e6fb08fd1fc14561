import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/engine/types.ts';
import { type SlackStand, allText, startStand } from './harness.ts';

let s: SlackStand | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const admin: Caller = { platform: 'slack', workspaceId: 'T001', channelId: 'CADMIN', userId: 'UADMIN', userName: 'boss', isAdmin: true };

describe('a season’s end on Slack', () => {
  it('posts the final board in the daily channel, naming the winners', async () => {
    s = await startStand({ mode: 'http', adminUserIds: ['UADMIN'] });
    s.te.engine.dailySetup(admin, { channelId: 'CDAILY', time: '09:00', timezone: 'UTC' });
    s.te.engine.seasonStart(admin, { name: 'Spring', length: { kind: 'week' } });
    const ada: Caller = { platform: 'slack', workspaceId: 'T001', channelId: 'CQ1', userId: 'U1', userName: 'ada', isAdmin: false };
    const q = s.te.engine.quizStart(ada, { questions: 1 });
    s.te.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
    s.te.engine.answer(ada, 'L1 regularization, dropout and pruning');
    s.te.clock.advance(8 * 86_400_000);
    await s.te.engine.tick();
    const boards = s.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CDAILY' && allText(c.args).includes('Final board'));
    expect(boards).toHaveLength(1);
    expect(allText(boards[0]!.args)).toMatch(/Final board: season \\"Spring\\"/);
    expect(allText(boards[0]!.args)).toMatch(/🥇 ada: \d+ pts/);
    // Slack has no roles: no reward line, and nothing else was asked of it.
    expect(allText(boards[0]!.args)).not.toContain('🏅');
  });
});
