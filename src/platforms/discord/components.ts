import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { QuizEngine } from '../../engine/api.ts';
import { UserError } from '../../engine/errors.ts';
import type { Caller } from '../../engine/types.ts';
import { parseButtonId } from '../buttonIds.ts';
import { messages } from './messages.ts';
import { answerModal, appealModal, modalAction, modalInputs, reviewModal } from './modals.ts';
import { replaceReply, sendReply } from './replies.ts';

/**
 * A click on one of the engine's buttons: Answer and Appeal open their modals (or say
 * why not), a verdict opens the note modal, and paging shows the next page in place.
 */
export async function onButton(interaction: ButtonInteraction, caller: Caller, engine: QuizEngine): Promise<void> {
  const action = parseButtonId(interaction.customId);
  switch (action?.kind) {
    case 'answer': {
      const prompt = engine.answerPrompt(caller, action.roundId);
      if (!prompt.open) return sendReply(interaction, prompt.reply);
      return interaction.showModal(answerModal(prompt.roundId, prompt.title, prompt.prompt, prompt.locale ?? engine.localeOf(caller)));
    }
    case 'practice':
      return sendReply(interaction, engine.practiceFrom(caller, action.roundId));
    case 'appeal': {
      const prompt = engine.appealPrompt(caller, action.answerId);
      if (!prompt.open) return sendReply(interaction, prompt.reply);
      return interaction.showModal(appealModal(prompt.answerId, prompt.title, prompt.locale ?? engine.localeOf(caller)));
    }
    case 'review': {
      const prompt = engine.reviewPrompt(caller, action.answerId);
      if (!prompt.open) return sendReply(interaction, prompt.reply);
      return interaction.showModal(reviewModal(prompt.answerId, action.verdict, engine.localeOf(caller)));
    }
    case 'reviewpage':
      return replaceReply(interaction, engine.reviewList(caller, { page: action.page }));
    case 'reviewlog':
      return replaceReply(interaction, engine.reviewLog(caller, { page: action.page }));
    default:
      throw new UserError('unknown-button', messages.unknownButton);
  }
}

/** A submitted modal: an answer is graded, an appeal filed, a review decided (after a private "thinking…"). */
export async function onModalSubmit(interaction: ModalSubmitInteraction, caller: Caller, engine: QuizEngine): Promise<void> {
  const action = modalAction(interaction.customId);
  const input = (id: string) => interaction.fields.getTextInputValue(id);
  switch (action?.kind) {
    case 'answer':
      return sendReply(interaction, engine.answer(caller, input(modalInputs.answer), action.roundId));
    case 'appeal':
      return sendReply(interaction, engine.appeal(caller, { answerId: action.answerId, reason: input(modalInputs.reason) }));
    case 'review': {
      // Deciding re-scores and sends the member a direct message: acknowledge first.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const note = input(modalInputs.note).trim();
      return sendReply(interaction, await engine.reviewDecide(caller, { answerId: action.answerId, verdict: action.verdict, ...(note ? { note } : {}) }));
    }
    default:
      throw new UserError('unknown-button', messages.unknownButton);
  }
}
