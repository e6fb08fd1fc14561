import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerInput, answerModal, answerModalCallbackId, readAnswerModalState } from '../render/answerModal.ts';
import { parseButtonId } from '../../buttonIds.ts';
import { clickCaller, clickChannel, sinkOf, webOut } from '../replies.ts';
import { slackWords } from '../slackWords.ts';
import type { ListenerContext } from './context.ts';

/**
 * The Answer button opens a modal; its submission is acked at once and graded, feedback as an
 * ephemeral. The Practise button on a reveal answers with a practice question, as an ephemeral
 * whose own Answer button opens the same modal.
 */
export function registerAnswerModal(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^(?:practice|answer):\d+$/ }, async ({ ack, body, action, client }) => {
    await ack();
    const clicked = parseButtonId(action.action_id);
    if (clicked?.kind !== 'practice' && clicked?.kind !== 'answer') return;
    const { roundId } = clicked;
    const channelId = clickChannel(body);
    const caller = await clickCaller(ctx.users, body, channelId);
    const sink = sinkOf(webOut(client, { channelId, userId: body.user.id }), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: clicked.kind, roundId, channel: channelId }, async () => {
      if (clicked.kind === 'practice') return ctx.engine.practiceFrom(caller, roundId);
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
    const caller = await clickCaller(ctx.users, body, state.channelId);
    const sink = sinkOf(webOut(client, { channelId: state.channelId, userId: body.user.id }), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { view: 'answer', roundId: state.roundId, channel: state.channelId }, () =>
      ctx.engine.answer(caller, text, state.roundId),
    );
  });
}
