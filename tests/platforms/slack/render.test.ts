import { describe, expect, it } from 'vitest';
import { msg, raw } from '../../../src/core/text.ts';
import type { Reply } from '../../../src/engine/types.ts';
import { textReply } from '../../helpers/shown.ts';
import { answerModal, readAnswerModalState } from '../../../src/platforms/slack/render/answerModal.ts';
import { homeView } from '../../../src/platforms/slack/render/homeView.ts';
import { escapeSlack, toMrkdwn } from '../../../src/platforms/slack/render/mrkdwn.ts';
import { packBlocks, renderReply, slackLimits } from '../../../src/platforms/slack/render/replyBlocks.ts';

const reply = (over: Partial<Reply<string>> = {}): Reply => textReply({ visibility: 'public', kind: 'info', body: 'hello', ...over });

describe('mrkdwn', () => {
  it('escapes &, < and > so mentions and links cannot be formed', () => {
    expect(escapeSlack('<!channel> & <@U1> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;');
  });

  it('turns **bold** into *bold*, dashes into bullets and headings into bold lines', () => {
    expect(toMrkdwn('# Title\n**Key** point\n- one\n  - two\n1. first')).toBe('*Title*\n*Key* point\n• one\n  • two\n1. first');
  });

  it('keeps channel links, which notify nobody, but escapes user and special mentions', () => {
    expect(toMrkdwn('see <#C123> and <@U1> <!here>')).toBe('see <#C123> and &lt;@U1&gt; &lt;!here&gt;');
  });
});

describe('renderReply', () => {
  it('renders title, body, fields, footer with the closing time, and the Answer button', () => {
    const [m, ...rest] = renderReply(
      reply({ kind: 'question', title: '**Daily** question', body: 'Why **ReLU**?', fields: [{ name: 'Deck', value: 'dl' }], footer: 'deck', closesAt: 1_772_447_400_000, buttons: [{ id: 'answer:42', label: 'Answer' }] }),
    );
    expect(rest).toEqual([]);
    expect(m?.text).toBe('Daily question');
    expect(m?.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(JSON.stringify(m?.blocks)).toContain('Why *ReLU*?');
    expect(JSON.stringify(m?.blocks)).toContain('"action_id":"answer:42"');
    expect(JSON.stringify(m?.blocks)).toContain('<!date^1772447400^');
  });

  it("shows the closing time as a Slack date token, labelled and with a fallback in the reply's language", () => {
    const closing = (locale: 'en' | 'de') => JSON.stringify(renderReply(reply({ kind: 'question', closesAt: 1_772_447_400_000, locale }))[0]?.blocks.find((b) => b.type === 'context'));
    expect(closing('en')).toContain('Closes <!date^1772447400^{date_short_pretty} {time}|Mar 2, 2026, 10:30 AM UTC>');
    expect(closing('de')).toContain('Endet <!date^1772447400^{date_short_pretty} {time}|02.03.2026, 10:30 UTC>');
  });

  it('marks every mrkdwn text verbatim so Slack does not auto-link names or mentions', () => {
    const [m] = renderReply(reply({ body: 'x', fields: [{ name: 'a', value: 'b' }] }));
    const texts = JSON.stringify(m?.blocks).match(/"type":"mrkdwn"[^}]*/g) ?? [];
    expect(texts.length).toBe(2);
    for (const t of texts) expect(t).toContain('"verbatim":true');
  });

  it('splits a long body into sections of at most 3000 characters and messages of at most 50 blocks', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Line ${i} ${'word '.repeat(100)}`).join('\n\n');
    const messages = renderReply(reply({ title: 'Long', body }));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
      expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(slackLimits.messageChars);
      for (const b of m.blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    }
    expect(messages[1]?.text).toBe('Long (continued)');
  });

  it('starts a new message after 50 small blocks', () => {
    const blocks = Array.from({ length: 120 }, () => ({ type: 'divider' as const }));
    expect(packBlocks(blocks).map((g) => g.length)).toEqual([50, 50, 20]);
  });

  it('gives a field too long for a field a full-width section instead of truncating it', () => {
    const value = 'point '.repeat(450); // 2,700 characters: over a field's 2,000, within a section's 3,000
    const [m] = renderReply(reply({ body: '', fields: [{ name: 'Model answer', value }] }));
    const text = (m?.blocks ?? []).map((b) => (b.type === 'section' ? (b.text?.text ?? '') : '')).join(' ');
    expect(text.split('point').length - 1).toBe(450);
    expect(text).not.toContain('(shortened)');
  });
});

describe('answer modal', () => {
  it('carries round and channel in private_metadata and reads them back', () => {
    const view = answerModal({ title: raw('Daily · Question 3 with a long title'), prompt: raw('Why?') }, { roundId: 9, channelId: 'C1' });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(readAnswerModalState(view.private_metadata)).toEqual({ roundId: 9, channelId: 'C1' });
    expect(readAnswerModalState('not json')).toBeUndefined();
    expect(readAnswerModalState('{"roundId":"9","channelId":"C1"}')).toBeUndefined();
  });
});

describe('home view', () => {
  it('stacks the replies with a divider and drops buttons', () => {
    const view = homeView([reply({ title: 'Your stats', body: 's' }), reply({ title: 'Leaderboard', body: 'l', buttons: [{ id: 'answer:1', label: 'A' }] })]);
    expect(view.blocks.map((b) => b.type)).toEqual(['header', 'section', 'divider', 'header', 'section']);
  });
});

describe('command names on Slack', () => {
  it('names the commands messages refer to as /quiz subcommands, and leaves deck text as written', () => {
    const [m] = renderReply({ visibility: 'public', kind: 'info', body: msg('daily.noSchedule', { dailySetup: { command: 'daily setup' } }), footer: raw('See /daily in the docs') });
    const text = JSON.stringify(m?.blocks);
    expect(text).toContain('Set one up with `/quiz daily setup`.');
    expect(text).toContain('See /daily in the docs');
  });
});
