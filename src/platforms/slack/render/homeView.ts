import type { types } from '@slack/bolt';
import type { Reply } from '../../../engine/types.ts';
import { slackWords } from '../slackWords.ts';
import { replyBlocks } from './replyBlocks.ts';

const maxHomeBlocks = 100;

/** The App Home tab: the given replies (the user's stats, the leaderboard) one after another. */
export function homeView(replies: Reply[]): types.HomeView {
  const blocks: types.KnownBlock[] = [];
  for (const reply of replies) {
    const own = replyBlocks(reply).filter((b) => b.type !== 'actions');
    if (blocks.length > 0 && own.length > 0) blocks.push({ type: 'divider' });
    blocks.push(...own);
  }
  if (blocks.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackWords.homeEmpty } });
  return { type: 'home', blocks: blocks.slice(0, maxHomeBlocks) };
}
