import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/engine/types.ts';
import { admin, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const boss = (): Caller => ({ platform: 'discord', workspaceId: h.discord.guildId, channelId: h.discord.channelId, userId: admin.id, userName: admin.username, isAdmin: true });

describe('a season’s final board on Discord', () => {
  it('is not lost when Discord refuses the post: the admin is told, and a later tick posts it', async () => {
    h.te.engine.dailySetup(boss(), { channelId: h.discord.otherChannelId, time: '09:00', timezone: 'UTC' });
    h.te.engine.seasonStart(boss(), { name: 'Spring' });
    const daily = new RegExp(`^/channels/${h.discord.otherChannelId}/messages$`);
    h.discord.fail({ method: 'POST', path: daily, status: 403, body: { message: 'Missing Access', code: 50001 } });
    const end = h.slash(admin, { name: 'season', subcommand: 'end' });
    await end.callback;
    const reply = textOf((await h.discord.webhook(end.token, 'PATCH')).body);
    expect(reply).toContain('Season "Spring" has ended, but I could not post its final board.');
    expect(reply).toContain(`I'm not allowed to post there`);
    expect(reply).toContain('Final board: season "Spring"');
    const status = await h.slash(admin, { name: 'daily', subcommand: 'status' }).callback;
    expect(textOf(status.body)).toContain('The final board of season "Spring" is not posted yet');

    h.te.clock.advance(30_000);
    await h.te.engine.tick();
    const posted = h.discord.requests.items.filter((r) => r.method === 'POST' && daily.test(r.path) && r.status === 200);
    expect(posted.map((r) => textOf(r.body))).toEqual([expect.stringContaining('Final board: season "Spring"')]);
    expect(textOf((await h.slash(admin, { name: 'daily', subcommand: 'status' }).callback).body)).not.toContain('final board');
  });
});
