import type { webApi } from '@slack/bolt';
import type pino from 'pino';

export interface SlackUser {
  name: string;
  isAdmin: boolean;
  /** Listed in SLACK_REVIEWER_USER_IDS: may decide appeals and change grades. */
  isReviewer: boolean;
  /** The member's Slack language ("de-DE"), when Slack reports it. */
  locale?: string;
}

/**
 * Who a user is, which language they use Slack in, and whether they may run admin
 * commands: workspace admins and owners (from `users.info`, cached briefly) and the
 * ids in SLACK_ADMIN_USER_IDS; reviewers are the ids in SLACK_REVIEWER_USER_IDS.
 */
export class SlackUsers {
  private readonly cache = new Map<string, { user: SlackUser; until: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    /** SLACK_ADMIN_USER_IDS and SLACK_REVIEWER_USER_IDS. */
    private readonly listed: { admins: ReadonlySet<string>; reviewers?: ReadonlySet<string> },
    private readonly log: pino.Logger,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(userId: string, fallbackName?: string): Promise<SlackUser> {
    const hit = this.cache.get(userId);
    if (hit && hit.until > this.now()) return hit.user;
    const listed = this.listed.admins.has(userId);
    const isReviewer = this.listed.reviewers?.has(userId) ?? false;
    let user: SlackUser;
    let ttl = this.ttlMs;
    try {
      const res = await this.client.users.info({ user: userId, include_locale: true });
      const u = res.user;
      const name = u?.profile?.display_name || u?.real_name || u?.name || fallbackName || userId;
      user = { name, isAdmin: listed || Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner), isReviewer, ...(u?.locale ? { locale: u.locale } : {}) };
    } catch (err) {
      // Without users.info we still know the listed admins and reviewers; everyone else is a member.
      this.log.warn({ err: errorText(err), userId }, 'slack users.info failed');
      user = { name: fallbackName || userId, isAdmin: listed, isReviewer };
      ttl = Math.min(ttl, 5_000);
    }
    this.cache.set(userId, { user, until: this.now() + ttl });
    if (this.cache.size > 10_000) this.cache.clear();
    return user;
  }
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
