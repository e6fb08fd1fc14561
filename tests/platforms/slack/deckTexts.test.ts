import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { raw } from '../../../src/core/text.ts';
import { displayLimits } from '../../../src/decks/deckLimits.ts';
import { feedbackReply, questionReply, revealReply } from '../../../src/engine/messages.ts';
import { answerModal } from '../../../src/platforms/slack/render/answerModal.ts';
import { renderReply } from '../../../src/platforms/slack/render/replyBlocks.ts';
import { deckQuestion, keptPart, missedGrade, prose } from '../longTexts.ts';

const sections = (blocks: readonly types.AnyBlock[]) =>
  blocks.flatMap((b) => {
    const s = b as types.SectionBlock;
    return s.type === 'section' && s.text ? [s.text.text] : [];
  });
const reveal = (answer: string) => renderReply(revealReply(deckQuestion('Why?', answer), { roundId: 1, label: raw('Quiz 1/5'), keyPoints: [], answers: 2, fullMarks: [] }));
const asked = (prompt: string) => renderReply(questionReply(deckQuestion(prompt, 'Because.'), { deckTitle: 'Deck', roundId: 1, label: raw('Quiz 1/5') }));
const modalText = (prompt: string) => sections(answerModal({ title: raw('Quiz 1/5 · Question 1'), prompt: raw(prompt) }, { roundId: 1, channelId: 'C1' }).blocks);

describe('long deck texts on Slack', () => {
  it('reveals a 5,000-character model answer in one section of at most 3,000 characters, cut after a word', () => {
    const answer = prose(5000);
    const out = reveal(answer);
    expect(out).toHaveLength(1);
    const [body, ...others] = sections(out[0]!.blocks);
    expect(body!.length).toBeLessThanOrEqual(3000);
    expect(keptPart(body!, answer).length).toBeGreaterThan(2900);
    expect(others.some((t) => t.includes('word'))).toBe(false);
  });

  it('shows a 5,000-character model answer in practice feedback as one section, marked shortened', () => {
    const answer = prose(5000);
    const [m] = renderReply(feedbackReply(missedGrade, 0, { revealNow: true, question: deckQuestion('Why?', answer) }));
    const shown = sections(m!.blocks).filter((t) => t.startsWith('*Model answer*\n'));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.length).toBeLessThanOrEqual(3000);
    keptPart(shown[0]!.slice('*Model answer*\n'.length), answer);
  });

  it('shows a prompt as long as deck check allows whole, in the question and in the answer form', () => {
    const prompt = prose(displayLimits.prompt.Slack);
    expect(sections(asked(prompt)[0]!.blocks)[0]).toBe(prompt);
    expect(modalText(prompt)).toEqual([prompt]);
  });

  it('shortens a longer prompt to one section in the question and in the answer form', () => {
    const prompt = prose(displayLimits.prompt.Slack + 1);
    const [inQuestion] = sections(asked(prompt)[0]!.blocks);
    const inModal = modalText(prompt);
    expect(inModal).toHaveLength(1);
    for (const shown of [inQuestion!, inModal[0]!]) {
      expect(shown.length).toBeLessThanOrEqual(3000);
      keptPart(shown, prompt);
    }
  });

  it('leaves a model answer that fits alone, with no note', () => {
    const answer = prose(displayLimits.answer.Slack);
    expect(sections(reveal(answer)[0]!.blocks)[0]).toBe(answer);
  });
});
