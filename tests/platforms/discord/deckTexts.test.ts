import { describe, expect, it } from 'vitest';
import { raw } from '../../../src/core/text.ts';
import { displayLimits } from '../../../src/decks/deckLimits.ts';
import { feedbackReply, questionReply, revealReply } from '../../../src/engine/messages.ts';
import { answerModal } from '../../../src/platforms/discord/modals.ts';
import { renderReply } from '../../../src/platforms/discord/render.ts';
import { deckQuestion, keptPart, missedGrade, prose } from '../longTexts.ts';

const reveal = (answer: string) => renderReply(revealReply(deckQuestion('Why?', answer), { roundId: 1, label: raw('Quiz 1/5'), keyPoints: [], answers: 2, fullMarks: [] }));
const asked = (prompt: string) => renderReply(questionReply(deckQuestion(prompt, 'Because.'), { deckTitle: 'Deck', roundId: 1, label: raw('Quiz 1/5') }));
const modalText = (prompt: string) => (answerModal(1, raw('Quiz 1/5 · Question 1'), raw(prompt), 'en').components[0] as { content: string }).content;

describe('long deck texts on Discord', () => {
  it('reveals a 5,000-character model answer in one embed of at most 4,096 characters, cut after a word', () => {
    const answer = prose(5000);
    const out = reveal(answer);
    expect(out).toHaveLength(1);
    const description = out[0]!.embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(keptPart(description, answer).length).toBeGreaterThan(4000);
    expect(out[0]!.embeds.filter((e) => e.description)).toHaveLength(1);
  });

  it('shows a 5,000-character model answer in practice feedback within the field limits, marked shortened', () => {
    const answer = prose(5000);
    const [m] = renderReply(feedbackReply(missedGrade, 0, { revealNow: true, question: deckQuestion('Why?', answer) }));
    const fields = m!.embeds.flatMap((e) => e.fields ?? []);
    const start = fields.findIndex((f) => f.name === 'Model answer');
    const shown = fields.slice(start).filter((f, i) => i === 0 || f.name === '\u200b').map((f) => f.value);
    for (const value of shown) expect(value.length).toBeLessThanOrEqual(1024);
    expect(shown.join(' ').length).toBeLessThanOrEqual(4096);
    // The answer is one paragraph, so its pieces were split at spaces.
    keptPart(shown.join(' '), answer);
  });

  it('shows a prompt as long as deck check allows whole, in the question and in the answer form', () => {
    const prompt = prose(displayLimits.prompt.Discord);
    expect(asked(prompt)[0]!.embeds[0]!.description).toBe(prompt);
    expect(modalText(prompt)).toBe(prompt);
  });

  it('shortens a longer prompt in the answer form to its 4,000-character display', () => {
    const prompt = prose(displayLimits.prompt.Discord + 500);
    const shown = modalText(prompt);
    expect(shown.length).toBeLessThanOrEqual(4000);
    keptPart(shown, prompt);
  });

  it('leaves a model answer that fits alone, with no note', () => {
    const answer = prose(displayLimits.answer.Discord);
    expect(reveal(answer)[0]!.embeds[0]!.description).toBe(answer);
  });
});
