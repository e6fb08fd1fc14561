import type { App, webApi } from '@slack/bolt';
import type { Caller, Reply } from '../../../engine/types.ts';
import { homeView } from '../render/homeView.ts';
import { settle, slackCaller } from '../replies.ts';
import type { ListenerContext } from './context.ts';

/** Publishes a member's App Home; `reviewPage` is the page of the "To review" section a reviewer turned to. */
export type HomePublisher = (client: webApi.WebClient, caller: Caller, reviewPage?: number) => Promise<void>;

/**
 * App Home: for reviewers (admins and SLACK_REVIEWER_USER_IDS) a "To review" section with the
 * verdict buttons, then the member's stats and the workspace leaderboard.
 */
export function homePublisher(ctx: ListenerContext): HomePublisher {
  const settled = settle(ctx.log);
  return async (client, caller, reviewPage) => {
    const context = { view: 'home', team: caller.workspaceId };
    let toReview: Reply | undefined;
    if (caller.isAdmin || caller.isReviewer) {
      const list = await settled(context, () => ctx.engine.reviewList(caller, reviewPage ? { page: reviewPage } : {}));
      // A refusal is no section (the engine decides who reviews); a list is one.
      if (list.kind !== 'error') toReview = list;
    }
    const stats = await settled(context, () => ctx.engine.stats(caller));
    const leaderboard = await settled(context, () => ctx.engine.leaderboard(caller, { period: 'all' }));
    await client.views.publish({ user_id: caller.userId, view: homeView([stats, leaderboard], ctx.engine.localeOf(caller), toReview) });
  };
}

/** Publishes App Home each time the tab is opened. */
export function registerAppHome(app: App, ctx: ListenerContext, publish: HomePublisher): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const caller = await slackCaller(ctx.users, { teamId: body.team_id, channelId: event.channel, userId: event.user });
    await publish(client, caller);
  });
}
