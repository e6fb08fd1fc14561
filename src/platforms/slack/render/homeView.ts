import type { types } from '@slack/bolt';
import type { Reply } from '../../../engine/types.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { slackWords } from '../slackWords.ts';
import { toMrkdwn } from './mrkdwn.ts';
import { replyBlocks } from './replyBlocks.ts';

const maxHomeBlocks = 100;

/**
 * The App Home tab: for reviewers, the "To review" section first (the engine's review list,
 * titled so, with its verdict and page buttons); then the given replies (the user's stats, the
 * leaderboard) one after another without buttons, in the member's `locale` unless the
 * engine chose one.
 */
export function homeView(replies: Reply[], locale: Locale = 'en', toReview?: Reply): types.HomeView {
  const blocks: types.KnownBlock[] = [];
  const add = (own: types.KnownBlock[]) => {
    if (blocks.length > 0 && own.length > 0) blocks.push({ type: 'divider' });
    blocks.push(...own);
  };
  if (toReview) add(replyBlocks({ ...toReview, locale: toReview.locale ?? locale }));
  for (const reply of replies) add(replyBlocks({ ...reply, locale: reply.locale ?? locale }).filter((b) => b.type !== 'actions'));
  if (blocks.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(slackWords('slack.homeEmpty', locale, { start: { command: 'quiz start' } })) } });
  return { type: 'home', blocks: blocks.slice(0, maxHomeBlocks) };
}
