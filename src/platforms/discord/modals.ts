import { ComponentType, TextInputStyle } from 'discord.js';
import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import { REVIEW_TEXT_MAX } from '../../core/validate.ts';
import type { ReviewVerdict } from '../../engine/api.ts';
import type { Shown } from '../../engine/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import { renderText } from '../../i18n/renderText.ts';
import { type ButtonAction, parseButtonId } from '../buttonIds.ts';
import { shorten } from '../text.ts';
import { discordFormat } from './discordFormat.ts';
import { limits } from './limits.ts';
import { label } from './messages.ts';

/** The text inputs' ids, read back from a submitted modal. */
export const modalInputs = { answer: 'answer', reason: 'reason', note: 'note' } as const;

/**
 * A modal's custom id is the id of the button that opened it with `-modal` after its kind:
 * `answer:42` opens `answer-modal:42`, `review:7:partial` opens `review-modal:7:partial`.
 */
export const modalIdOf = (buttonId: string): string => buttonId.replace(':', '-modal:');

/** The button a submitted modal belongs to, or `undefined` when it is not one of ours. */
export function modalAction(customId: string): ButtonAction | undefined {
  const m = /^(\w+)-modal:(.*)$/.exec(customId);
  return m ? parseButtonId(`${m[1]}:${m[2]}`) : undefined;
}

/** One labelled paragraph input (Discord's Label component around a text input). */
function paragraph(o: { id: string; label: string; hint?: string; required: boolean; maxLength: number }) {
  return {
    type: ComponentType.Label as const,
    label: shorten(o.label, limits.textInputLabel),
    ...(o.hint ? { description: shorten(o.hint, limits.labelDescription) } : {}),
    component: {
      type: ComponentType.TextInput as const,
      custom_id: o.id,
      style: TextInputStyle.Paragraph,
      required: o.required,
      max_length: o.maxLength,
    },
  };
}

const title = (shown: Shown | undefined, locale: Locale, fallback: string) =>
  shorten((shown === undefined ? '' : renderText(shown, locale, discordFormat)) || fallback, limits.modalTitle);

/**
 * The modal an Answer button opens: the question title, the full question as
 * text, and one paragraph input (Discord's Label + Text Display modal layout),
 * in the language of the member who opens it.
 */
export function answerModal(roundId: number, heading: Shown, prompt: Shown, locale: Locale): APIModalInteractionResponseCallbackData {
  const yourAnswer = label('discord.answerLabel', locale);
  return {
    custom_id: modalIdOf(`answer:${roundId}`),
    title: title(heading, locale, yourAnswer),
    components: [
      { type: ComponentType.TextDisplay, content: shorten(renderText(prompt, locale, discordFormat), limits.textDisplay, label('discord.shortened', locale)) },
      paragraph({ id: modalInputs.answer, label: yourAnswer, required: true, maxLength: limits.textInputValue }),
    ],
  };
}

/** The modal an Appeal button opens: why the grade should change, up to 1,000 characters. */
export function appealModal(answerId: number, heading: Shown | undefined, locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: modalIdOf(`appeal:${answerId}`),
    title: title(heading, locale, label('discord.appealTitle', locale)),
    components: [
      paragraph({
        id: modalInputs.reason,
        label: label('discord.appealReason', locale),
        hint: label('discord.appealReasonHint', locale),
        required: true,
        maxLength: REVIEW_TEXT_MAX,
      }),
    ],
  };
}

/** The modal a review button opens: the verdict in its title, an optional note for the member. */
export function reviewModal(answerId: number, verdict: ReviewVerdict, locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: modalIdOf(`review:${answerId}:${verdict}`),
    title: title(undefined, locale, label(`discord.reviewTitle.${verdict}`, locale)),
    components: [
      paragraph({
        id: modalInputs.note,
        label: label('discord.reviewNote', locale),
        hint: label('discord.reviewNoteHint', locale),
        required: false,
        maxLength: REVIEW_TEXT_MAX,
      }),
    ],
  };
}
