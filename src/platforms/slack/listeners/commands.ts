import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseQuizCommand, runQuizCall, usageReply } from '../commands/quizCommand.ts';
import { respondOut, sinkOf, slackCaller, webOut } from '../replies.ts';
import type { ListenerContext } from './context.ts';

/** `/quiz <subcommand>` and `/answer <text>`: ack at once, then one engine call, replied through response_url. */
export function registerCommands(app: App, ctx: ListenerContext): void {
  type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
  // Who asked, and where replies go: the same for both commands.
  const start = async ({ command, ack, respond, client }: Args) => {
    await ack();
    const caller = await slackCaller(ctx.users, { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id, userName: command.user_name });
    const sink = sinkOf(respondOut(respond, webOut(client, { channelId: command.channel_id, userId: command.user_id })), caller.locale);
    return { caller, sink };
  };

  app.command('/quiz', async (args) => {
    const { command } = args;
    const { caller, sink } = await start(args);
    const parsed = parseQuizCommand(command.text);
    const context = { command: '/quiz', op: parsed.ok ? parsed.call.op : 'usage', team: command.team_id, channel: command.channel_id };
    await ctx.guard(sink, context, () => (parsed.ok ? runQuizCall(ctx.engine, caller, parsed.call) : usageReply(parsed.usage)));
  });

  app.command('/answer', async (args) => {
    const { command } = args;
    const { caller, sink } = await start(args);
    const text = command.text.trim();
    const context = { command: '/answer', team: command.team_id, channel: command.channel_id };
    await ctx.guard(sink, context, () => (text ? ctx.engine.answer(caller, text) : usageReply('/answer <your answer>')));
  });
}
