import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoleMoveResult, RoleMoves } from '../../src/core/rewardRoles.ts';
import type { Caller, WorkspaceRef } from '../../src/engine/types.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

/** A platform with roles: it applies each move, and can die right after applying one, before the bot hears back. */
class RolePoster extends RecordingPoster {
  readonly holders = new Set<string>();
  readonly moves: RoleMoves[] = [];
  dieAfterNextMove = false;
  async checkRewardRole() {
    return undefined;
  }
  async setRewardRole(_w: WorkspaceRef, _role: string, moves: RoleMoves): Promise<RoleMoveResult> {
    this.moves.push(moves);
    for (const u of moves.add) this.holders.add(u);
    for (const u of moves.remove) this.holders.delete(u);
    if (this.dieAfterNextMove) {
      this.dieAfterNextMove = false;
      throw new Error('the process died here');
    }
    return { ok: true, added: [...moves.add], removed: [...moves.remove], failed: [] };
  }
}

let t: TestEngine;
let poster: RolePoster;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-04T10:00:00Z' });
  poster = new RolePoster();
  t.posters.register('discord', poster);
});
afterEach(() => t.cleanup());

const admin = caller({ userId: 'boss', userName: 'Boss', isAdmin: true });
const ada = caller();
const bob = caller({ userId: 'u2', userName: 'Bob' });

function answerQ6(who: Caller, text: string) {
  const c = { ...who, channelId: `c${Math.random()}` };
  const q = t.engine.quizStart(c, { questions: 1 });
  t.store.db.prepare('UPDATE rounds SET question = 6 WHERE id = ?').run(Number(q.buttons![0]!.id.split(':')[1]));
  t.clock.advance(59_000);
  t.engine.answer(c, text);
}

describe('the reward role', () => {
  it('takes the role from a winner the platform gave it to even if the bot died before hearing so', async () => {
    await t.engine.settings(admin, { rewardRoleId: 'r-champ', rewardTop: 1 });
    t.engine.seasonStart(admin, { name: 'Spring' });
    answerQ6(ada, 'L1 regularization, dropout and pruning');
    poster.dieAfterNextMove = true;
    await t.engine.seasonEnd(admin).catch(() => undefined);
    expect([...poster.holders]).toEqual(['u1']);

    t = t.restart();
    t.posters.register('discord', poster);
    t.clock.advance(60_000);
    t.engine.seasonStart(admin, { name: 'Summer' });
    answerQ6(bob, 'L1 regularization, dropout and pruning');
    await t.engine.seasonEnd(admin);
    expect(poster.moves.at(-1)).toEqual({ add: ['u2'], remove: ['u1'] });
    expect([...poster.holders]).toEqual(['u2']);
  });

  it('goes back from last season’s winners when an admin turns rewards off', async () => {
    await t.engine.settings(admin, { rewardRoleId: 'r-champ', rewardTop: 1 });
    t.engine.seasonStart(admin, { name: 'Spring' });
    answerQ6(ada, 'L1 regularization, dropout and pruning');
    await t.engine.seasonEnd(admin);
    expect([...poster.holders]).toEqual(['u1']);

    await t.engine.settings(admin, { rewardRoleId: null });
    t.clock.advance(60_000);
    t.engine.seasonStart(admin, { name: 'Summer' });
    answerQ6(bob, 'L1 regularization, dropout and pruning');
    await t.engine.seasonEnd(admin);
    expect(poster.moves.at(-1)).toEqual({ add: [], remove: ['u1'] });
    expect([...poster.holders]).toEqual([]);
  });
});
