import type { types } from '@slack/bolt';
import { REVIEW_TEXT_MAX, REVIEW_VERDICTS } from '../../../core/validate.ts';
import type { ReviewVerdict } from '../../../engine/api.ts';
import type { Shown } from '../../../engine/types.ts';
import { type Locale, supportedLocale } from '../../../i18n/locales.ts';
import { renderText } from '../../../i18n/renderText.ts';
import { shorten } from '../../text.ts';
import { slackWords } from '../slackWords.ts';
import { toPlain } from './mrkdwn.ts';
import { slackFormat } from './slackFormat.ts';

export const appealModalCallbackId = 'quiz_appeal';
export const reviewModalCallbackId = 'quiz_review';
export const reasonInput = { blockId: 'reason', actionId: 'text' } as const;
export const noteInput = { blockId: 'note', actionId: 'text' } as const;

/** Slack's limit for a modal's title and its buttons. */
const modalWords = 24;

/** Where the decision or appeal was made from: a channel (ephemeral replies there) or App Home (`channelId` empty). */
export interface AppealModalState {
  answerId: number;
  channelId: string;
  locale?: Locale;
}

export interface ReviewModalState extends AppealModalState {
  verdict: ReviewVerdict;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text });

function paragraph(o: { blockId: string; actionId: string; label: string; hint: string; optional: boolean }): types.InputBlock {
  return {
    type: 'input',
    block_id: o.blockId,
    optional: o.optional,
    label: plain(o.label),
    hint: plain(o.hint),
    element: { type: 'plain_text_input', action_id: o.actionId, multiline: true, max_length: REVIEW_TEXT_MAX },
  };
}

/** The modal an Appeal button opens: why the grade should change, up to 1,000 characters. */
export function appealModal(title: Shown | undefined, state: AppealModalState): types.ModalView {
  const locale = state.locale ?? 'en';
  const heading = title === undefined ? '' : toPlain(renderText(title, locale, slackFormat));
  return {
    type: 'modal',
    callback_id: appealModalCallbackId,
    private_metadata: JSON.stringify(state),
    title: plain(shorten(heading || slackWords('slack.appealTitle', locale), modalWords)),
    submit: plain(shorten(slackWords('slack.appealSubmit', locale), modalWords)),
    close: plain(shorten(slackWords('slack.modalCancel', locale), modalWords)),
    blocks: [
      paragraph({ ...reasonInput, label: slackWords('slack.appealReason', locale), hint: slackWords('slack.appealReasonHint', locale), optional: false }),
    ],
  };
}

/** The modal a review button opens: the verdict in its title, an optional note for the member. */
export function reviewModal(state: ReviewModalState): types.ModalView {
  const locale = state.locale ?? 'en';
  return {
    type: 'modal',
    callback_id: reviewModalCallbackId,
    private_metadata: JSON.stringify(state),
    title: plain(shorten(slackWords(`slack.reviewTitle.${state.verdict}`, locale), modalWords)),
    submit: plain(shorten(slackWords('slack.reviewSubmit', locale), modalWords)),
    close: plain(shorten(slackWords('slack.modalCancel', locale), modalWords)),
    blocks: [paragraph({ ...noteInput, label: slackWords('slack.reviewNote', locale), hint: slackWords('slack.reviewNoteHint', locale), optional: true })],
  };
}

function readJson(privateMetadata: string | undefined): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(privateMetadata ?? '');
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An appeal modal's metadata back; undefined when it is not ours. */
export function readAppealModalState(privateMetadata: string | undefined): AppealModalState | undefined {
  const v = readJson(privateMetadata);
  if (!v || !Number.isSafeInteger(v.answerId) || typeof v.channelId !== 'string') return undefined;
  const known = typeof v.locale === 'string' ? supportedLocale(v.locale) : undefined;
  return { answerId: v.answerId as number, channelId: v.channelId, ...(known ? { locale: known } : {}) };
}

/** A review modal's metadata back; undefined when it is not ours. */
export function readReviewModalState(privateMetadata: string | undefined): ReviewModalState | undefined {
  const base = readAppealModalState(privateMetadata);
  const verdict = readJson(privateMetadata)?.verdict;
  const known = REVIEW_VERDICTS.find((v) => v === verdict);
  return base && known ? { ...base, verdict: known } : undefined;
}
