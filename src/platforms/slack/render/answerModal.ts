import type { types } from '@slack/bolt';
import { slackWords } from '../slackWords.ts';
import { shorten, toMrkdwn, toPlain } from './mrkdwn.ts';
import { slackLimits } from './replyBlocks.ts';

export const answerModalCallbackId = 'quiz_answer';
export const answerInput = { blockId: 'answer', actionId: 'text' } as const;

/** What the modal carries back on submission. */
export interface AnswerModalState {
  roundId: number;
  channelId: string;
}

export function answerModal(question: { title: string; prompt: string }, state: AnswerModalState): types.ModalView {
  const text = shorten(toMrkdwn(question.prompt), slackLimits.sectionText, slackWords.shortened);
  const prompt: types.KnownBlock[] = text ? [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] : [];
  return {
    type: 'modal',
    callback_id: answerModalCallbackId,
    private_metadata: JSON.stringify(state),
    title: { type: 'plain_text', text: shorten(toPlain(question.title) || slackWords.modalTitle, 24) },
    submit: { type: 'plain_text', text: slackWords.modalSubmit },
    close: { type: 'plain_text', text: slackWords.modalCancel },
    blocks: [
      ...prompt,
      {
        type: 'input',
        block_id: answerInput.blockId,
        label: { type: 'plain_text', text: slackWords.modalInputLabel },
        element: {
          type: 'plain_text_input',
          action_id: answerInput.actionId,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: slackWords.modalPlaceholder },
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
    const { roundId, channelId } = v as Record<string, unknown>;
    return Number.isInteger(roundId) && typeof channelId === 'string' ? { roundId: roundId as number, channelId } : undefined;
  } catch {
    return undefined;
  }
}
