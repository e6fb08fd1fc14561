import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { Caller } from '../../../engine/types.ts';
import { parseButtonId } from '../../buttonIds.ts';
import {
  appealModal,
  appealModalCallbackId,
  noteInput,
  readAppealModalState,
  readReviewModalState,
  reasonInput,
  reviewModal,
  reviewModalCallbackId,
} from '../render/reviewModals.ts';
import { clickCaller, clickChannel, type MessageOut, respondOut, sinkOf, webOut } from '../replies.ts';
import { slackWords } from '../slackWords.ts';
import type { HomePublisher } from './appHome.ts';
import type { ListenerContext } from './context.ts';

type Click = BlockAction<ButtonAction>;

/**
 * Replies to a member acting in `channelId`: ephemerally there, or, from App Home
 * (no channel), in their DM with the app.
 */
const outFor = (client: webApi.WebClient, channelId: string, userId: string): MessageOut =>
  channelId ? webOut(client, { channelId, userId }) : webOut(client, { channelId: userId, userId, isDm: true });

/**
 * Appeals and reviews on Slack. The Appeal button on ephemeral feedback opens a modal asking why;
 * a verdict button (in `/quiz review` or App Home) opens a modal for an optional note, then decides;
 * page buttons turn the list in place (or App Home's "To review" section).
 */
export function registerReviews(app: App, ctx: ListenerContext, publishHome: HomePublisher): void {
  const callerAt = (body: Parameters<typeof clickCaller>[1], channelId: string): Promise<Caller> => clickCaller(ctx.users, body, channelId);

  app.action<Click>({ type: 'block_actions', action_id: /^appeal:\d+$/ }, async ({ ack, body, action, client }) => {
    await ack();
    const parsed = parseButtonId(action.action_id);
    if (parsed?.kind !== 'appeal') return;
    const channelId = clickChannel(body);
    const caller = await callerAt(body, channelId);
    const sink = sinkOf(outFor(client, channelId, body.user.id), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: 'appeal', answerId: parsed.answerId, channel: channelId }, async () => {
      const prompt = ctx.engine.appealPrompt(caller, parsed.answerId);
      if (!prompt.open) return prompt.reply;
      const state = { answerId: prompt.answerId, channelId, locale: prompt.locale ?? ctx.engine.localeOf(caller) };
      await client.views.open({ trigger_id: body.trigger_id, view: appealModal(prompt.title, state) });
      return undefined;
    });
  });

  app.view(appealModalCallbackId, async ({ ack, body, view, client }) => {
    const state = readAppealModalState(view.private_metadata);
    const reason = view.state.values[reasonInput.blockId]?.[reasonInput.actionId]?.value?.trim() ?? '';
    if (!reason) {
      await ack({ response_action: 'errors', errors: { [reasonInput.blockId]: slackWords('slack.emptyReason', state?.locale ?? 'en') } });
      return;
    }
    await ack();
    if (!state) {
      ctx.log.warn({ callbackId: view.callback_id }, 'slack: appeal modal without readable metadata');
      return;
    }
    const caller = await callerAt(body, state.channelId);
    const sink = sinkOf(outFor(client, state.channelId, body.user.id), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { view: 'appeal', answerId: state.answerId, channel: state.channelId }, () =>
      ctx.engine.appeal(caller, { answerId: state.answerId, reason }),
    );
  });

  app.action<Click>({ type: 'block_actions', action_id: /^review:\d+:\w+$/ }, async ({ ack, body, action, client }) => {
    await ack();
    const parsed = parseButtonId(action.action_id);
    if (parsed?.kind !== 'review') return;
    const channelId = clickChannel(body);
    const caller = await callerAt(body, channelId);
    const sink = sinkOf(outFor(client, channelId, body.user.id), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: 'review', answerId: parsed.answerId, channel: channelId }, async () => {
      const prompt = ctx.engine.reviewPrompt(caller, parsed.answerId);
      if (!prompt.open) return prompt.reply;
      const state = { answerId: parsed.answerId, verdict: parsed.verdict, channelId, locale: ctx.engine.localeOf(caller) };
      await client.views.open({ trigger_id: body.trigger_id, view: reviewModal(state) });
      return undefined;
    });
  });

  app.view(reviewModalCallbackId, async ({ ack, body, view, client }) => {
    await ack();
    const state = readReviewModalState(view.private_metadata);
    if (!state) {
      ctx.log.warn({ callbackId: view.callback_id }, 'slack: review modal without readable metadata');
      return;
    }
    const note = view.state.values[noteInput.blockId]?.[noteInput.actionId]?.value?.trim() ?? '';
    const caller = await callerAt(body, state.channelId);
    const sink = sinkOf(outFor(client, state.channelId, body.user.id), ctx.engine.localeOf(caller));
    await ctx.guard(sink, { view: 'review', answerId: state.answerId, verdict: state.verdict, channel: state.channelId }, () =>
      ctx.engine.reviewDecide(caller, { answerId: state.answerId, verdict: state.verdict, ...(note ? { note } : {}) }),
    );
    // Decided from App Home: its "To review" section shows what is left.
    if (!state.channelId) await publishHome(client, caller).catch((err: unknown) => ctx.log.warn({ err }, 'slack: could not refresh App Home'));
  });

  app.action<Click>({ type: 'block_actions', action_id: /^review(?:page|log):\d+$/ }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseButtonId(action.action_id);
    if (parsed?.kind !== 'reviewpage' && parsed?.kind !== 'reviewlog') return;
    const channelId = clickChannel(body);
    const caller = await callerAt(body, channelId);
    if (!channelId && parsed.kind === 'reviewpage') return publishHome(client, caller, parsed.page);
    const out = outFor(client, channelId, body.user.id);
    const sink = sinkOf(channelId ? respondOut(respond, out, { replaceFirst: true }) : out, ctx.engine.localeOf(caller));
    await ctx.guard(sink, { action: parsed.kind, page: parsed.page, channel: channelId }, () =>
      parsed.kind === 'reviewlog' ? ctx.engine.reviewLog(caller, { page: parsed.page }) : ctx.engine.reviewList(caller, { page: parsed.page }),
    );
  });
}
