import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerInput, answerModal, answerModalCallbackId, readAnswerModalState } from '../render/answerModal.ts';
import { sinkOf, slackCaller, webOut } from '../replies.ts';
import { slackWords } from '../slackWords.ts';
import type { ListenerContext } from './context.ts';

/**
 * The Answer button opens a modal; its submission is acked at once and graded, feedback as an
 * ephemeral. The Practise button on a reveal answers with a practice question, as an ephemeral
 * whose own Answer button opens the same modal.
 */
export function registerAnswerModal(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^practice:\d+$/ }, async ({ ack, body, action, client }) => {
    await ack();
    const roundId = Number(action.action_id.slice('practice:'.length));
    const channelId = body.channel?.id ?? body.container?.channel_id ?? '';
    const caller = await slackCaller(ctx.users, { teamId: body.team?.id ?? body.user.team_id, channelId, userId: body.user.id, userName: body.user.name });
    const sink = sinkOf(webOut(client, { channelId, userId: body.user.id }), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: 'practice', roundId, channel: channelId }, () => ctx.engine.practiceFrom(caller, roundId));
  });

  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^answer:\d+$/ }, async ({ ack, body, action, client }) => {
    await ack();
    const roundId = Number(action.action_id.slice('answer:'.length));
    const channelId = body.channel?.id ?? body.container?.channel_id ?? '';
    const caller = await slackCaller(ctx.users, {
      teamId: body.team?.id ?? body.user.team_id,
      channelId,
      userId: body.user.id,
      userName: body.user.name,
    });
    const sink = sinkOf(webOut(client, { channelId, userId: body.user.id }), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: 'answer', roundId, channel: channelId }, async () => {
      const prompt = ctx.engine.answerPrompt(caller, roundId);
      if (!prompt.open) return prompt.reply;
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal(prompt, { roundId, channelId, locale: prompt.locale ?? ctx.engine.localeOf(caller) }) });
      return undefined;
    });
  });

  app.view(answerModalCallbackId, async ({ ack, body, view, client }) => {
    const state = readAnswerModalState(view.private_metadata);
    const text = view.state.values[answerInput.blockId]?.[answerInput.actionId]?.value?.trim() ?? '';
    if (!text) {
      await ack({ response_action: 'errors', errors: { [answerInput.blockId]: slackWords('slack.emptyAnswer', state?.locale ?? 'en') } });
      return;
    }
    await ack();
    if (!state) {
      ctx.log.warn({ callbackId: view.callback_id }, 'slack: answer modal without readable metadata');
      return;
    }
    const caller = await slackCaller(ctx.users, {
      teamId: body.team?.id ?? body.user.team_id,
      channelId: state.channelId,
      userId: body.user.id,
      userName: body.user.name,
    });
    const sink = sinkOf(webOut(client, { channelId: state.channelId, userId: body.user.id }), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { view: 'answer', roundId: state.roundId, channel: state.channelId }, () =>
      ctx.engine.answer(caller, text, state.roundId),
    );
  });
}
