import type { RoleFailure, RoleMoveResult, RoleMoves } from '../core/rewardRoles.ts';
import { DeliveryError } from './errors.ts';
import type { ChannelTarget, Platform, Poster, Reply, SentMessage, WorkspaceRef } from './types.ts';

/** Routes the engine's outbound messages to the adapter of each platform. */
export class PosterRouter implements Poster {
  private readonly posters = new Map<Platform, Poster>();

  register(platform: Platform, poster: Poster): void {
    this.posters.set(platform, poster);
  }

  post(target: ChannelTarget, reply: Reply): Promise<SentMessage> {
    return this.for(target).post(target, reply);
  }

  async exists(target: ChannelTarget, messageId: string): Promise<boolean> {
    const p = this.for(target);
    return p.exists ? p.exists(target, messageId) : false;
  }

  async find(target: ChannelTarget, buttonId: string): Promise<string | undefined> {
    const p = this.for(target);
    return p.find ? p.find(target, buttonId) : undefined;
  }

  /** A private message through the member's platform; a platform without private messages refuses it. */
  notify(member: WorkspaceRef & { userId: string }, reply: Reply): Promise<SentMessage> {
    const p = this.for(member);
    if (!p.notify) return Promise.reject(new DeliveryError('other', 'no private messages', false, `${member.platform} cannot message one member`));
    return p.notify(member, reply);
  }

  /** A platform without roles cannot hand one out. */
  async checkRewardRole(workspace: WorkspaceRef, roleId: string): Promise<RoleFailure | undefined> {
    const p = this.posters.get(workspace.platform);
    if (!p?.checkRewardRole) return { reason: p ? 'unsupported' : 'unreachable', detail: `${workspace.platform} ${p ? 'has no roles' : 'is not connected'}` };
    return p.checkRewardRole(workspace, roleId);
  }

  async setRewardRole(workspace: WorkspaceRef, roleId: string, moves: RoleMoves): Promise<RoleMoveResult> {
    const p = this.posters.get(workspace.platform);
    if (!p?.setRewardRole) return { ok: false, failure: { reason: p ? 'unsupported' : 'unreachable', detail: `${workspace.platform} ${p ? 'has no roles' : 'is not connected'}` } };
    return p.setRewardRole(workspace, roleId, moves);
  }

  private for(target: WorkspaceRef): Poster {
    const p = this.posters.get(target.platform);
    if (!p) throw new DeliveryError('not-connected', target.platform, true, `${target.platform} is not connected`);
    return p;
  }
}
