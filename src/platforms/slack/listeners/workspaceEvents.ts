import type { App } from '@slack/bolt';
import type { ListenerContext } from './context.ts';

/** The app was uninstalled from a workspace: the engine stops its schedules and sessions. */
export function registerWorkspaceEvents(app: App, ctx: ListenerContext): void {
  app.event('app_uninstalled', async ({ body }) => {
    ctx.log.info({ team: body.team_id }, 'slack: app uninstalled from workspace');
    ctx.engine.workspaceRemoved({ platform: 'slack', workspaceId: body.team_id });
  });
}
