import type { Deck, Question } from '../core/deck.ts';
import { keyPointText } from './addKeyPointsToMarkdown.ts';
import { parseDeck } from './parseDeck.ts';

/** How a deck reads, for comparing a written deck with the one it was written from. */
export const deckEssence = (d: Deck): string =>
  JSON.stringify({
    title: d.title,
    glossary: d.glossary,
    questions: d.questions.map((q) => ({ n: q.number, type: q.type, prompt: q.prompt, answer: q.answer, accepted: q.accepted, choices: q.choices, keyPoints: q.keyPoints, tags: q.tags })),
  });

export type WrittenDeck = { ok: true; text: string } | { ok: false; reason: 'not-open' | 'changes' };

/** One line, as a one-line field takes it. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function markdownQuestion(q: Question): string[] {
  const [first = '', ...more] = q.prompt.split('\n');
  const out = [`### ${q.number}. ${first}`, ...more, '', `Answer: ${q.answer}`];
  for (const a of q.accepted) out.push('', `Also accepted: ${a}`);
  if (q.keyPoints.length) out.push('', 'Key points:', ...q.keyPoints.map((k) => `- ${keyPointText(k)}`));
  if (q.tags.length) out.push('', `Tags: ${q.tags.map(oneLine).join(', ')}`);
  return out;
}

/**
 * A deck as Markdown, like the bundled deck: title, description, glossary, then
 * each question with its answer, `Also accepted:` answers, key points and tags.
 * Markdown holds open questions only; the text is parsed back and refused
 * unless it reads as the same deck (a line of an answer that looks like a
 * heading or a `Key points:` line would change it).
 */
export function deckToMarkdown(deck: Deck): WrittenDeck {
  if (deck.questions.some((q) => q.type !== 'open')) return { ok: false, reason: 'not-open' };
  const out = [`# ${oneLine(deck.title)}`];
  if (deck.author) out.push('', `Author: ${oneLine(deck.author)}`);
  if (deck.description) out.push('', deck.description);
  if (deck.glossary.length) out.push('', '## Glossary', '', ...deck.glossary.map((g) => `- ${g.map((t) => oneLine(t).replace(/\|/g, '/')).join(' | ')}`));
  for (const q of deck.questions) out.push('', ...markdownQuestion(q));
  const text = `${out.join('\n')}\n`;
  const back = parseDeck(text, 'markdown', 'deck.md');
  return back.ok && deckEssence(back.deck) === deckEssence(deck) ? { ok: true, text } : { ok: false, reason: 'changes' };
}

/** A deck in quizbot's JSON schema (any question type), checked to read back as the same deck. */
export function deckToJson(deck: Deck): WrittenDeck {
  const questions = deck.questions.map((q) => ({
    number: q.number,
    type: q.type,
    prompt: q.prompt,
    ...(q.type === 'choice' ? { choices: q.choices, correct: q.accepted } : { answer: q.answer, accepted: q.accepted }),
    ...(q.keyPoints.length ? { keyPoints: q.keyPoints.map((k) => (k.aliases.length ? { label: k.label, aliases: k.aliases } : k.label)) } : {}),
    ...(q.tags.length ? { tags: q.tags } : {}),
  }));
  const json = {
    title: deck.title,
    ...(deck.description ? { description: deck.description } : {}),
    ...(deck.author ? { author: deck.author } : {}),
    ...(deck.glossary.length ? { glossary: deck.glossary } : {}),
    questions,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const back = parseDeck(text, 'json', 'deck.json');
  return back.ok && deckEssence(back.deck) === deckEssence(deck) ? { ok: true, text } : { ok: false, reason: 'changes' };
}
