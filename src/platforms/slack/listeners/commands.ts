import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { usageError } from '../../../engine/runCommand.ts';
import { parseSlackCommand, runSlackCommand } from '../commands/quizCommand.ts';
import { withPictures } from '../pictureReplies.ts';
import { respondOut, sinkOf, slackCaller, webOut } from '../replies.ts';
import type { ListenerContext } from './context.ts';

/** `/quiz <subcommand>` and `/answer <text>`: ack at once, then one engine call, replied through response_url. */
export function registerCommands(app: App, ctx: ListenerContext): void {
  type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
  // Who asked, and where replies go: the same for both commands.
  const start = async ({ command, ack, respond, client }: Args) => {
    await ack();
    const caller = await slackCaller(ctx.users, { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id, userName: command.user_name });
    const locale = ctx.engine.localeOf(caller);
    const text = sinkOf(respondOut(respond, webOut(client, { channelId: command.channel_id, userId: command.user_id })), locale);
    const sink = withPictures(text, { client, channelId: command.channel_id, userId: command.user_id, log: ctx.log, locale });
    return { caller, sink };
  };

  // Both commands read their text with the shared grammar; wrong input gets its usage line privately.
  for (const name of ['/quiz', '/answer'] as const) {
    app.command(name, async (args) => {
      const { command } = args;
      const { caller, sink } = await start(args);
      const parsed = parseSlackCommand(name, command.text);
      const context = { command: name, op: parsed.ok ? parsed.command.name : 'usage', team: command.team_id, channel: command.channel_id };
      await ctx.guard(sink, context, () => {
        if (!parsed.ok) throw usageError(parsed.error);
        return runSlackCommand(ctx.engine, caller, parsed);
      });
    });
  }
}
