import type { types } from '@slack/bolt';
import type { Shown } from '../../../engine/types.ts';
import { type Locale, supportedLocale } from '../../../i18n/locales.ts';
import { renderText } from '../../../i18n/renderText.ts';
import { slackWords } from '../slackWords.ts';
import { shorten } from '../../text.ts';
import { slackTokens, toMrkdwn, toPlain } from './mrkdwn.ts';
import { slackLimits } from './replyBlocks.ts';
import { slackFormat } from './slackFormat.ts';

export const answerModalCallbackId = 'quiz_answer';
export const answerInput = { blockId: 'answer', actionId: 'text' } as const;

/** What the modal carries back on submission. */
export interface AnswerModalState {
  roundId: number;
  channelId: string;
  /** The member's language: the modal's words, and its error when submitted empty. */
  locale?: Locale;
}

export function answerModal(question: { title: Shown; prompt: Shown }, state: AnswerModalState): types.ModalView {
  const locale = state.locale ?? 'en';
  const shown = (t: Shown) => renderText(t, locale, slackFormat);
  const text = shorten(toMrkdwn(shown(question.prompt)), slackLimits.sectionText, slackWords('slack.shortened', locale), slackTokens);
  const prompt: types.KnownBlock[] = text ? [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] : [];
  return {
    type: 'modal',
    callback_id: answerModalCallbackId,
    private_metadata: JSON.stringify(state),
    title: { type: 'plain_text', text: shorten(toPlain(shown(question.title)) || slackWords('slack.modalTitle', locale), 24) },
    submit: { type: 'plain_text', text: shorten(slackWords('slack.modalSubmit', locale), 24) },
    close: { type: 'plain_text', text: shorten(slackWords('slack.modalCancel', locale), 24) },
    blocks: [
      ...prompt,
      {
        type: 'input',
        block_id: answerInput.blockId,
        label: { type: 'plain_text', text: slackWords('slack.modalInputLabel', locale) },
        element: {
          type: 'plain_text_input',
          action_id: answerInput.actionId,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: slackWords('slack.modalPlaceholder', locale) },
        },
      },
    ],
  };
}

/** Read the modal's private metadata back; undefined when it is not ours. */
export function readAnswerModalState(privateMetadata: string | undefined): AnswerModalState | undefined {
  try {
    const v: unknown = JSON.parse(privateMetadata ?? '');
    if (typeof v !== 'object' || v === null) return undefined;
    const { roundId, channelId, locale } = v as Record<string, unknown>;
    if (!Number.isInteger(roundId) || typeof channelId !== 'string') return undefined;
    const known = typeof locale === 'string' ? supportedLocale(locale) : undefined;
    return { roundId: roundId as number, channelId, ...(known ? { locale: known } : {}) };
  } catch {
    return undefined;
  }
}
