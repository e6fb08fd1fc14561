/** Every sentence the engine shows users, in one place. */
import type { Question } from '../core/deck.ts';
import type { Grade } from '../core/grading/grader.ts';
import { raw, type Text } from '../core/text.ts';
import type { Reply, Shown } from './types.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const verdictWord = { correct: 'Correct', partial: 'Partly right', incorrect: 'Not quite' } as const;

export const text = {
  noOpenQuestion: 'There is no open question in this channel. Start a quiz with `/quiz start`, or ask an admin to set up `/daily`.',
  questionClosed: (at: number) => `This question closed at ${new Date(at).toISOString().replace('T', ' ').slice(0, 16)} UTC. Watch for the next one!`,
  roundElsewhere: 'That question belongs to another server or workspace.',
  storageFull: 'Sorry, I cannot save anything right now: my storage is full. Nothing was recorded; please try again later (the bot admin has been told).',
  storageReadOnly: 'Sorry, I cannot save anything right now: my database is read-only. Nothing was recorded; please try again later.',
  storageDamaged: 'Sorry, my database needs repair, so I cannot do that right now. Please tell the bot admin.',
  storageBusy: 'Sorry, I am busy saving other answers. Please try again in a moment.',
  emptyAnswer: 'Your answer is empty. Write it after the command, e.g. `/answer dropout and pruning`.',
  answerTooLong: (max: number) => `Your answer is longer than ${max} characters. Please shorten it and send it again.`,
  adminOnly: 'Only server admins can do that (Manage Server permission, or a workspace admin on Slack).',
  unknownDeck: (name: string, names: string[]) => `There is no deck called "${name}". Decks here: ${names.join(', ') || 'none'}.`,
  emptyDeck: (name: string) => `The deck "${name}" has no questions.`,
  quizRunning: 'A quiz is already running in this channel. Stop it with `/quiz stop` or wait for it to finish.',
  noQuiz: 'No quiz is running in this channel.',
  notYourQuiz: 'Only the person who started this quiz or an admin can stop it.',
  badNumber: (what: string, min: number, max: number) => `${what} must be a whole number from ${min} to ${max}.`,
  badTime: (s: string) => `"${s}" is not a time. Use 24-hour HH:MM, e.g. 09:30.`,
  badTimezone: (s: string) => `"${s}" is not a timezone I know. Use an IANA name such as Europe/Berlin or America/New_York.`,
  noSchedule: 'This channel has no daily question yet. Set one up with `/daily setup`.',
  badPeriod: (s: string) => `"${s}" is not a period. Use today, week, month or all.`,
  deckBuiltIn: (name: string) => `"${name}" is a built-in deck and cannot be replaced or removed. Rename your file to import it under another name.`,
  deckInUse: (name: string, channels: string[]) => `The deck "${name}" is used by the daily question in ${channels.map((c) => `<#${c}>`).join(', ')}. Change that first with \`/daily setup\`.`,
  deckBadName: 'Deck names use letters, digits, dashes and underscores (at most 40), e.g. `biology-101`. Rename the file and try again.',
  deckFileFormat: 'I read decks from .md, .txt, .yaml, .yml, .json and .csv files. Rename the file with the right extension and try again.',
  deckInvalid: (problems: string[]) => `That deck has problems, nothing was imported:\n${problems.slice(0, 10).map((p) => `• ${p}`).join('\n')}${problems.length > 10 ? `\n…and ${problems.length - 10} more` : ''}`,
  noPractice: 'You have no practice question open. Start one with `/practice`.',
};

export function questionReply(q: Question, o: { deckTitle: string; roundId: number; closesAt?: number; label: string; visibility?: 'public' | 'private' }): Reply {
  const choices = q.type === 'choice' ? `\n\n${q.choices.map((c, i) => `**${String.fromCharCode(65 + i)}.** ${c}`).join('\n')}` : '';
  return {
    visibility: o.visibility ?? 'public',
    kind: 'question',
    title: `${o.label} · Question ${q.number}`,
    body: `${q.prompt}${choices}`,
    footer: `${o.deckTitle} · answer with /answer or the button; answers stay private until the reveal`,
    buttons: [{ id: `answer:${o.roundId}`, label: 'Answer' }],
    ...(o.closesAt !== undefined ? { closesAt: o.closesAt } : {}),
  };
}

export function feedbackReply(g: Grade, points: number, o: { already?: boolean; revealNow?: boolean; question?: Question }): Reply {
  const head = o.already ? 'You already answered this question. Your answer was graded:' : `${verdictWord[g.verdict]}!`;
  // Interim: the engine's own words here become catalog messages with the rest of src/engine.
  const lines: Text[] = [raw(`${head} ${pct(g.score)}, ${points} point${points === 1 ? '' : 's'}.`), g.feedback];
  // The grader's feedback already names the key points found.
  const fields = [];
  if (o.revealNow && o.question) {
    if (g.missed.length) fields.push({ name: 'Key points missed', value: g.missed.join(', ') });
    fields.push({ name: 'Model answer', value: o.question.answer });
  } else if (!o.already) {
    lines.push(raw('The model answer is revealed when the question closes.'));
  }
  return { visibility: 'private', kind: 'feedback', title: o.already ? 'Already answered' : 'Your grade', body: lines, fields };
}

export function revealReply(q: Question, o: { label: string; keyPoints: string[]; answers: number; fullMarks: string[] }): Reply {
  return {
    visibility: 'public',
    kind: 'reveal',
    title: `${o.label} · Answer to question ${q.number}`,
    body: q.answer,
    fields: [
      ...(o.keyPoints.length ? [{ name: 'Key points', value: o.keyPoints.map((k) => `• ${k}`).join('\n') }] : []),
      { name: 'Answers', value: String(o.answers) },
      { name: 'Full marks', value: o.fullMarks.length ? o.fullMarks.join(', ') : 'nobody this time' },
    ],
    userText: true,
  };
}

export function info(body: Shown, kind: Reply['kind'] = 'info', visibility: Reply['visibility'] = 'private'): Reply {
  return { visibility, kind, body };
}

export const helpText = [
  '**quizbot**: practise questions with your group; answers are graded key point by key point.',
  '',
  '**/answer** `text`: answer the open question (privately; results at the reveal)',
  '**/quiz start** `[deck] [questions] [seconds]`: a timed quiz in this channel · **/quiz stop**',
  '**/practice** `[deck]`: a private practice question, answer revealed at once',
  '**/leaderboard** `[today|week|month|all] [deck]`: top 10 and your rank',
  '**/stats** `[user]`: points, answers, accuracy, streaks, rank',
  '**/daily setup** `channel HH:MM Area/City [deck]`, **/daily** `pause|resume|now|status|skip` (admins)',
  '**/deck** `list|show|import|use|remove` (import, use and remove: admins)',
].join('\n');
