import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordPoster } from '../../../src/platforms/discord/poster.ts';
import type { Caller } from '../../../src/engine/types.ts';
import { OptionType, snowflake } from '../../fakes/discord/payloads.ts';
import type { TestUser } from '../../fakes/discord/payloads.ts';
import { makeTestEngine } from '../../helpers/testEngine.ts';
import type { TestEngine } from '../../helpers/testEngine.ts';
import { admin, alice, bob, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const carol: TestUser = { id: snowflake(), username: 'carol' };
const EPHEMERAL = 64;

const as = (u: TestUser, channelId = h.discord.channelId): Caller => ({
  platform: 'discord',
  workspaceId: h.discord.guildId,
  channelId,
  userId: u.id,
  userName: u.username,
  isAdmin: Boolean(u.admin),
});

/** Answers question 6 of the default deck in a one-question quiz in its own channel; `right` decides the points. */
function answer(te: TestEngine, u: TestUser, right: boolean) {
  const c = as(u, snowflake());
  const q = te.engine.quizStart(c, { questions: 1 });
  te.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  te.clock.advance(59_000);
  te.engine.answer(c, right ? 'L1 regularization, dropout and pruning' : 'no idea');
}

function rewardSettings(top: number, role = h.discord.roles.championRoleId) {
  return h.slash(admin, {
    name: 'settings',
    options: { reward_role: role, reward_top: top },
    types: { reward_role: OptionType.Role },
    resolved: { roles: { [role]: { id: role, name: 'Champions', color: 0, hoist: false, position: 2, permissions: '0', managed: false, mentionable: false, flags: 0 } } },
  }).callback;
}

/** The final board the bot posted in the daily channel, the nth one (from 0): found by its medal, in any language. */
async function finalBoard(nth = 0): Promise<string> {
  let seen = 0;
  const r = await h.discord.waitForRequest((x) => x.method === 'POST' && x.path === `/channels/${h.discord.otherChannelId}/messages` && /🥇/.test(textOf(x.body)) && seen++ === nth);
  return textOf(r.body);
}

describe('season rewards on Discord', () => {
  it('moves the reward role from last season’s winners to this season’s', async () => {
    const saved = await rewardSettings(2);
    expect(saved.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(saved.body)).toContain(`Season reward role: <@&${h.discord.roles.championRoleId}>`);
    expect(textOf(saved.body)).toContain('Season reward goes to: the top 2');
    h.te.engine.dailySetup(as(admin), { channelId: h.discord.otherChannelId, time: '09:00', timezone: 'UTC' });

    h.te.engine.seasonStart(as(admin), { name: 'Spring' });
    answer(h.te, alice, true);
    answer(h.te, bob, true);
    answer(h.te, carol, false);
    await h.te.engine.seasonEnd(as(admin));
    expect(h.discord.roles.holders(h.discord.roles.championRoleId).sort()).toEqual([alice.id, bob.id].sort());
    expect(await finalBoard()).toContain(`🏅 <@&${h.discord.roles.championRoleId}> goes to alice and bob.`);

    h.te.engine.seasonStart(as(admin), { name: 'Summer' });
    answer(h.te, carol, true);
    answer(h.te, alice, true);
    answer(h.te, alice, true);
    h.te = h.te.restart(); // the next season's end knows who holds the role from the database
    h.te.posters.register('discord', h.bot.poster);
    await h.te.engine.seasonEnd(as(admin));
    expect(h.discord.roles.holders(h.discord.roles.championRoleId).sort()).toEqual([alice.id, carol.id].sort());
    expect(await finalBoard(1)).toContain(`🏅 <@&${h.discord.roles.championRoleId}> goes to alice and carol.`);
    const removed = h.discord.requests.items.filter((r) => r.method === 'DELETE' && r.path.includes('/roles/'));
    expect(removed.map((r) => r.path)).toEqual([`/guilds/${h.discord.guildId}/members/${bob.id}/roles/${h.discord.roles.championRoleId}`]);
  });

  it('refuses a reward role when the bot lacks Manage Roles or its role is too low', async () => {
    h.discord.roles.setBotManagesRoles(false);
    const lacking = await rewardSettings(3);
    expect(lacking.body.data.flags).toBe(EPHEMERAL);
    expect(textOf(lacking.body)).toMatch(/^I can’t hand out <@&\d+> to the season’s winners\. I need the Manage Roles permission/);
    h.discord.roles.setBotManagesRoles(true);
    h.discord.roles.setPosition(h.discord.roles.championRoleId, 10);
    expect(textOf((await rewardSettings(3)).body)).toMatch(/is not below my own highest role: move my role above it/);
    const listing = textOf((await h.slash(admin, { name: 'settings' }).callback).body);
    expect(listing).toContain('Season reward role: none');
  });

  it('names a winner who left the server, and gives the role to the others', async () => {
    await rewardSettings(2);
    h.te.engine.dailySetup(as(admin), { channelId: h.discord.otherChannelId, time: '09:00', timezone: 'UTC' });
    h.te.engine.seasonStart(as(admin), { name: 'Spring' });
    answer(h.te, alice, true);
    answer(h.te, bob, true);
    h.discord.roles.left.add(bob.id);
    await h.te.engine.seasonEnd(as(admin));
    const board = await finalBoard();
    expect(board).toContain(`🏅 <@&${h.discord.roles.championRoleId}> goes to alice.`);
    expect(board).toContain(`I could not give <@&${h.discord.roles.championRoleId}> to bob. They have left the server.`);
    expect(h.discord.roles.holders(h.discord.roles.championRoleId)).toEqual([alice.id]);
  });

  it('turns the reward off with reward_top 0', async () => {
    expect(textOf((await rewardSettings(2)).body)).toContain('Season reward goes to: the top 2');
    const off = textOf((await h.slash(admin, { name: 'settings', options: { reward_top: 0 } }).callback).body);
    expect(off).toContain('Season reward role: none');
    expect(off).not.toContain('Season reward goes to');
  });

  it('tells the admin in the season’s end when Discord answers 403 Missing Permissions', async () => {
    await rewardSettings(1);
    h.te.engine.dailySetup(as(admin), { channelId: h.discord.otherChannelId, time: '09:00', timezone: 'UTC' });
    h.te.engine.seasonStart(as(admin), { name: 'Spring' });
    answer(h.te, alice, true);
    h.discord.fail({ method: 'PUT', path: /\/members\/\d+\/roles\/\d+$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const end = h.slash(admin, { name: 'season', subcommand: 'end' });
    await end.callback;
    const reply = textOf((await h.discord.webhook(end.token, 'PATCH')).body);
    expect(reply).toContain(`I could not move <@&${h.discord.roles.championRoleId}> to this season’s winners. I need the Manage Roles permission`);
    expect(reply).toContain('HTTP 403, code 50013');
    expect(await finalBoard()).toContain('I could not move');
    expect(h.discord.roles.holders(h.discord.roles.championRoleId)).toEqual([]);
  });

  it('ends a season once when two engines on one database tick at once', async () => {
    await rewardSettings(1);
    h.te.engine.dailySetup(as(admin), { channelId: h.discord.otherChannelId, time: '09:00', timezone: 'UTC' });
    h.te.engine.seasonStart(as(admin), { name: 'Spring', length: { kind: 'week' } });
    answer(h.te, alice, true);
    // A second process: its own engine on the same file and its own REST client.
    const other = makeTestEngine({ dir: h.te.dir, clock: h.te.clock });
    try {
      other.posters.register('discord', new DiscordPoster(new REST({ api: h.discord.apiUrl }).setToken(h.discord.token)));
      h.te.clock.advance(8 * 86_400_000);
      await Promise.all([h.te.engine.tick(), other.engine.tick(), h.te.engine.tick(), other.engine.tick()]);
      await Promise.all([h.te.engine.tick(), other.engine.tick()]);
      expect(await finalBoard()).toContain('goes to alice');
      const boards = h.discord.requests.items.filter((r) => r.method === 'POST' && /🥇/.test(textOf(r.body)));
      expect(boards).toHaveLength(1);
      expect(h.discord.requests.items.filter((r) => r.method === 'PUT' && r.path.includes('/roles/'))).toHaveLength(1);
      expect(h.discord.roles.holders(h.discord.roles.championRoleId)).toEqual([alice.id]);
    } finally {
      other.close();
    }
  });
});
