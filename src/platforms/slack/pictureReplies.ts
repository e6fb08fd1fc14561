import type { webApi } from '@slack/bolt';
import type pino from 'pino';
import { drawReplyImage } from '../../images/drawReplyImage.ts';
import type { Locale } from '../../i18n/locales.ts';
import { shorten } from '../text.ts';
import type { ReplySink } from './replies.ts';

/** Slack's limit on a file's alt text. */
const ALT_TEXT_MAX = 1000;

/**
 * Replies asked for as a picture (`/quiz stats image`, `/quiz leaderboard image`): the PNG is
 * uploaded with files.uploadV2 and the text version as its alt text. A public reply's picture
 * goes to the channel instead of the text; Slack has no files only one member sees, so a
 * private reply keeps its ephemeral text and its picture goes to the member's DM. If drawing or
 * the upload fails (the app is not in the channel), the text is shown as usual.
 */
export function withPictures(sink: ReplySink, o: { client: webApi.WebClient; channelId: string; userId: string; log: pino.Logger; locale: Locale }): ReplySink {
  return async (reply) => {
    if (!reply.image) return sink(reply);
    if (reply.visibility === 'private') await sink(reply);
    try {
      const picture = drawReplyImage(reply, o.locale)!;
      const channel = reply.visibility === 'public' ? o.channelId : await dmChannel(o.client, o.userId);
      await o.client.filesUploadV2({ channel_id: channel, file: picture.png, filename: picture.fileName, title: picture.fileName, alt_text: shorten(picture.alt, ALT_TEXT_MAX) });
    } catch (err) {
      o.log.warn({ err, channel: o.channelId }, 'slack: picture upload failed');
      if (reply.visibility === 'public') await sink(reply);
    }
  };
}

async function dmChannel(client: webApi.WebClient, userId: string): Promise<string> {
  const res = await client.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  return id;
}
