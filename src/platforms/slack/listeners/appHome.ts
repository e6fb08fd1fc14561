import type { App } from '@slack/bolt';
import { homeView } from '../render/homeView.ts';
import { settle, slackCaller } from '../replies.ts';
import type { ListenerContext } from './context.ts';

/** App Home: the user's stats and the workspace leaderboard, published each time the tab is opened. */
export function registerAppHome(app: App, ctx: ListenerContext): void {
  const settled = settle(ctx.log);
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const caller = await slackCaller(ctx.users, { teamId: body.team_id, channelId: event.channel, userId: event.user });
    const context = { event: 'app_home_opened', team: body.team_id };
    const stats = await settled(context, () => ctx.engine.stats(caller));
    const leaderboard = await settled(context, () => ctx.engine.leaderboard(caller, { period: 'all' }));
    await client.views.publish({ user_id: event.user, view: homeView([stats, leaderboard], ctx.engine.localeOf(caller)) });
  });
}
