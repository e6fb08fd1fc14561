/** What reviews look like: queue items, decisions, the audit log and the member's notice, as catalog messages. */
import type { Question } from '../core/deck.ts';
import type { Verdict } from '../core/grading/grader.ts';
import { msg, raw, type Msg, type Text } from '../core/text.ts';
import type { Decision, DecisionSource, GradeSnapshot, MemberRef, ReviewedAnswer } from '../store/reviewRows.ts';
import { asText, roundLabel } from './messages.ts';
import type { ReplyButton, ReplyField } from './types.ts';

const verdictIds = { correct: 'review.verdict.correct', partial: 'review.verdict.partial', incorrect: 'review.verdict.incorrect' } as const satisfies Record<Verdict, Msg['id']>;
const sourceIds = { appeal: 'review.source.appeal', provisional: 'review.source.provisional', override: 'review.source.override' } as const satisfies Record<DecisionSource, Msg['id']>;
const noticeIds = { appeal: 'review.noticeAppeal', provisional: 'review.noticeProvisional', override: 'review.noticeOverride' } as const satisfies Record<DecisionSource, Msg['id']>;

/** A verdict as a word inside a sentence ("partly right"). */
export const verdictWord = (v: Verdict): Msg => msg(verdictIds[v]);

/** A member by name, never as a ping. */
export const memberParam = (m: Pick<MemberRef, 'externalId' | 'name'>) => ({ user: m.externalId, name: m.name });

const pointsList = (labels: readonly string[]) => ({ list: labels.map(raw) });

/** One waiting answer as a reviewer sees it: what was asked and expected, what the member wrote, what the grader found, why it is here. */
export function reviewItemField(a: ReviewedAnswer, n: number, q: Question | undefined): ReplyField {
  const where = { n, member: memberParam(a.member), label: roundLabel(a.round), number: a.round.question, deck: a.round.deck };
  const appealed = a.appeal?.status === 'pending';
  const lines: Text[] = [];
  if (q) lines.push(msg('review.itemQuestion', { question: raw(q.prompt) }), msg('review.itemModel', { answer: raw(q.answer) }));
  lines.push(msg('review.itemAnswer', { answer: raw(a.text) }));
  lines.push(msg('review.itemGrade', { verdict: verdictWord(a.verdict), score: { percent: a.score }, count: a.points, confidence: { percent: a.confidence ?? 1 } }));
  if (a.matched.length) lines.push(msg('review.itemMatched', { points: pointsList(a.matched) }));
  if (a.missed.length) lines.push(msg('review.itemMissed', { points: pointsList(a.missed) }));
  if (a.contradicted.length) lines.push(msg('review.itemContradicted', { points: pointsList(a.contradicted) }));
  if (appealed) lines.push(msg('review.itemReason', { reason: a.appeal!.reason ? raw(a.appeal!.reason) : msg('review.noReason') }));
  lines.push(msg('review.itemSince', { at: { date: appealed ? a.appeal!.createdAt : a.answeredAt } }));
  return { name: msg(appealed ? 'review.itemAppeal' : 'review.itemProvisional', where), value: lines };
}

/** The three decision buttons of item `n`. */
export const decideButtons = (answerId: number, n: number): ReplyButton[] =>
  (['correct', 'partial', 'incorrect'] as const).map((v) => ({ id: `review:${answerId}:${v}`, label: msg('review.decideButton', { n, verdict: verdictWord(v) }) }));

/** Buttons to the pages before and after this one, for a list whose buttons are `<prefix>:<page>`. */
export function pageButtons(prefix: 'reviewpage' | 'reviewlog', page: number, pages: number): ReplyButton[] {
  const out: ReplyButton[] = [];
  if (page > 1) out.push({ id: `${prefix}:${page - 1}`, label: msg('review.previousPage', { page: page - 1 }) });
  if (page < pages) out.push({ id: `${prefix}:${page + 1}`, label: msg('review.nextPage', { page: page + 1 }) });
  return out;
}

/** "correct, 100% and 13 points (before: partly right, 7)": the grade after a decision and the one before. */
const gradeParams = (after: GradeSnapshot, before: GradeSnapshot) => ({
  verdict: verdictWord(after.verdict),
  score: { percent: after.score },
  count: after.points,
  before: verdictWord(before.verdict),
  beforePoints: before.points,
});

/** What the reviewer is told once their decision is saved. */
export const decidedText = (d: Decision): Msg => msg('review.decided', { member: memberParam(d.member), number: d.question, deck: d.deck, ...gradeParams(d.after, d.before) });

/** The feedback a decided answer shows from now on: that a reviewer decided, and their note. */
export const decidedFeedback = (note: string): Text => [msg('review.feedbackDecided'), ...(note ? [msg('review.note', { note: raw(note) })] : [])];

/** The member's private notice of a decision: why, the new grade against the old, the reviewer's note. */
export function noticeText(d: Decision): Text {
  return [
    msg(noticeIds[d.source]),
    msg('review.notice', { number: d.question, deck: d.deck, ...gradeParams(d.after, d.before) }),
    ...(d.note ? [msg('review.note', { note: raw(d.note) })] : []),
  ];
}

/** One entry of the audit log. */
export function logLines(d: Decision): Text[] {
  const line = msg('review.logLine', {
    at: { date: d.decidedAt },
    reviewer: memberParam(d.reviewer),
    member: memberParam(d.member),
    number: d.question,
    deck: d.deck,
    source: msg(sourceIds[d.source]),
    before: verdictWord(d.before.verdict),
    beforePoints: d.before.points,
    after: verdictWord(d.after.verdict),
    afterPoints: d.after.points,
  });
  return d.note ? [line, msg('review.logNote', { note: asText(raw(d.note)) })] : [line];
}
