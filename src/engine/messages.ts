/** The replies many use cases share, as catalog messages (src/i18n) with deck text shown as written. */
import type { Question } from '../core/deck.ts';
import type { Grade } from '../core/grading/grader.ts';
import { msg, raw, type Text } from '../core/text.ts';
import type { CommandName } from '../i18n/commandNames.ts';
import type { RoundRow } from '../store/rows.ts';
import type { Reply, Shown } from './types.ts';

/** What a round is called: daily question, quiz or practice. */
export function roundLabel(r: Pick<RoundRow, 'kind'>): Text {
  return msg(r.kind === 'daily' ? 'answer.labelDaily' : r.kind === 'quiz' ? 'answer.labelQuiz' : 'answer.labelPractice');
}

/** A command as each platform writes it (`/daily setup`, `/quiz daily setup`, …). */
export const cmd = (command: CommandName) => ({ command });

/** An empty line between paragraphs. */
export const blankLine = raw('');

/** Text a message or list takes: a bare string is legacy text, shown as it is. */
export const asText = (s: Shown): Text => (typeof s === 'string' ? raw(s) : s);

const verdictHead = { correct: msg('answer.correct'), partial: msg('answer.partial'), incorrect: msg('answer.incorrect') } as const;

export function questionReply(q: Question, o: { deckTitle: string; roundId: number; closesAt?: number; label: Text; visibility?: 'public' | 'private'; intro?: Text; practice?: boolean }): Reply {
  const choices = q.type === 'choice' ? `\n\n${q.choices.map((c, i) => `**${String.fromCharCode(65 + i)}.** ${c}`).join('\n')}` : '';
  const question = raw(`${q.prompt}${choices}`);
  return {
    visibility: o.visibility ?? 'public',
    kind: 'question',
    title: msg('answer.questionTitle', { label: o.label, number: q.number }),
    body: o.intro ? [o.intro, blankLine, question] : question,
    // Practice reveals the model answer with the grade; other questions keep answers private until the reveal.
    footer: msg(o.practice ? 'answer.practiceFooter' : 'answer.questionFooter', { deck: raw(o.deckTitle), answer: cmd('answer') }),
    buttons: [{ id: `answer:${o.roundId}`, label: msg('answer.button') }],
    ...(o.closesAt !== undefined ? { closesAt: o.closesAt } : {}),
  };
}

/**
 * A member's grade, privately. `appealId`: the answer may be appealed (an Appeal button);
 * `provisional`: the grade waits for a reviewer, and says so.
 */
export function feedbackReply(g: Grade, points: number, o: { already?: boolean; revealNow?: boolean; question?: Question; appealId?: number; provisional?: boolean }): Reply {
  const head = o.already ? msg('answer.alreadyGraded') : verdictHead[g.verdict];
  // The grader's feedback already names the key points found.
  const lines: Text[] = [msg('answer.gradeLine', { head, score: { percent: g.score }, count: points }), asText(g.feedback)];
  if (o.provisional) lines.push(msg('review.provisional'));
  const fields = [];
  if (o.revealNow && o.question) {
    if (g.missed.length) fields.push({ name: msg('answer.missedField'), value: raw(g.missed.join(', ')) });
    fields.push({ name: msg('answer.modelAnswerField'), value: raw(o.question.answer) });
  } else if (!o.already) {
    lines.push(msg('answer.revealLater'));
  }
  return {
    visibility: 'private',
    kind: 'feedback',
    title: msg(o.already ? 'answer.alreadyTitle' : 'answer.gradeTitle'),
    body: lines,
    fields,
    ...(o.appealId !== undefined ? { buttons: [{ id: `appeal:${o.appealId}`, label: msg('review.appealButton') }] } : {}),
  };
}

/** The button on a round's reveal: practise the deck privately. */
export const revealButtonId = (roundId: number): string => `practice:${roundId}`;

export function revealReply(q: Question, o: { roundId: number; label: Text; keyPoints: string[]; answers: number; fullMarks: string[] }): Reply {
  return {
    visibility: 'public',
    kind: 'reveal',
    title: msg('answer.revealTitle', { label: o.label, number: q.number }),
    body: raw(q.answer),
    fields: [
      ...(o.keyPoints.length ? [{ name: msg('answer.keyPointsField'), value: raw(o.keyPoints.map((k) => `• ${k}`).join('\n')) }] : []),
      { name: msg('answer.answersField'), value: raw(String(o.answers)) },
      { name: msg('answer.fullMarksField'), value: o.fullMarks.length ? raw(o.fullMarks.join(', ')) : msg('answer.nobodyFullMarks') },
    ],
    // Unique to the round, so a reveal already in the channel is found before it is posted again.
    buttons: [{ id: revealButtonId(o.roundId), label: msg('answer.practiceButton') }],
    userText: true,
  };
}

export function info(body: Shown, kind: Reply['kind'] = 'info', visibility: Reply['visibility'] = 'private'): Reply {
  return { visibility, kind, body };
}

export const helpText: Text = [
  msg('help.intro'),
  blankLine,
  msg('help.answer', { answer: cmd('answer') }),
  msg('help.quiz', { quizStart: cmd('quiz start'), quizStop: cmd('quiz stop') }),
  msg('help.practice', { practice: cmd('practice'), practiceStats: cmd('practice stats'), practiceRemind: cmd('practice remind') }),
  msg('help.leaderboard', { leaderboard: cmd('leaderboard') }),
  msg('help.stats', { stats: cmd('stats') }),
  msg('help.daily', {
    dailySetup: cmd('daily setup'),
    dailyPause: cmd('daily pause'),
    dailyResume: cmd('daily resume'),
    dailyNow: cmd('daily now'),
    dailyStatus: cmd('daily status'),
    dailySkip: cmd('daily skip'),
  }),
  msg('help.deck', { deckList: cmd('deck list'), deckShow: cmd('deck show'), deckImport: cmd('deck import'), deckUse: cmd('deck use'), deckRemove: cmd('deck remove') }),
  msg('help.settings', { settings: cmd('settings') }),
  msg('help.season', { seasonStart: cmd('season start'), seasonEnd: cmd('season end') }),
  msg('help.status', { status: cmd('status') }),
  msg('review.helpAppeal', { appeal: cmd('appeal') }),
  msg('review.helpReview', { review: cmd('review'), reviewLog: cmd('review log'), gradeSet: cmd('grade set') }),
];

/** "There is no deck called …", naming the decks there are. */
export const unknownDeck = (name: string, names: readonly string[]): Text =>
  msg('deck.unknown', { name, decks: names.length ? { list: names.map(raw) } : msg('deck.noneHere') });
