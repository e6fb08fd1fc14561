import type { App } from '@slack/bolt';
import { msg, type Text } from '../../../core/text.ts';
import type { Reply } from '../../../engine/types.ts';
import type { FileDownload } from '../fileDownload.ts';
import { sinkOf, slackCaller, webOut } from '../replies.ts';
import { deckLimits } from '../../../decks/deckLimits.ts';
import type { ListenerContext } from './context.ts';

/**
 * Deck import on Slack: share the deck file in a direct message with the app.
 * Each file is looked up with files.info, downloaded with the bot token
 * (refused over 5 MB) and handed to the engine; the reply goes back to the DM.
 */
export function registerDeckImport(app: App, ctx: ListenerContext & { download: FileDownload }): void {
  app.message(async ({ message, body, client }) => {
    if (message.channel_type !== 'im' || message.subtype !== 'file_share' || !message.files?.length) return;
    const caller = await slackCaller(ctx.users, { teamId: body.team_id, channelId: message.channel, userId: message.user });
    const sink = sinkOf(webOut(client, { channelId: message.channel, userId: message.user, isDm: true }), ctx.engine.localeOf(caller));
    for (const shared of message.files) {
      await ctx.guard(sink, { event: 'file_share', team: body.team_id, file: shared.id }, async (): Promise<Reply> => {
        const info = (await client.files.info({ file: shared.id })).file;
        const name = info?.name ?? shared.name ?? 'deck';
        const url = info?.url_private_download ?? info?.url_private;
        const tooLarge = msg('slack.fileTooLarge', { name, maxMb: deckLimits.maxBytes / 1024 / 1024 });
        if ((info?.size ?? 0) > deckLimits.maxBytes) return refusal(tooLarge);
        const got = url ? await ctx.download(url, deckLimits.maxBytes) : ({ ok: false, reason: 'failed' } as const);
        if (!got.ok) {
          return refusal(got.reason === 'too_large' ? tooLarge : msg('slack.fileUnreadable', { name }));
        }
        return ctx.engine.deckImport(caller, { fileName: name, bytes: got.bytes });
      });
    }
  });
}

const refusal = (body: Text): Reply => ({ visibility: 'private', kind: 'error', body });
