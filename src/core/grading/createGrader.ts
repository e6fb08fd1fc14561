import type { Question } from '../deck.ts';
import { msg } from '../text.ts';
import { analyze } from './analyze.ts';
import { correctChoices, selectedChoices } from './choiceAnswer.ts';
import type { Grade, GradeDraft, Grader } from './grader.ts';
import { GRADER_VERSION } from './graderVersion.ts';
import { gradeOpen, zero } from './gradeOpen.ts';
import { guardAnswer } from './guards.ts';
import { rubricFor } from './rubric.ts';
import { shortAnswerMatches } from './shortAnswer.ts';

/** The grader the bot and the CLI use: offline, deterministic, per-question rubrics cached. */
export function createGrader(): Grader {
  return {
    grade(question: Question, answer: string): Grade {
      const text = typeof answer === 'string' ? answer : '';
      const draft = question.type === 'short' ? gradeShort(question, text) : question.type === 'choice' ? gradeChoice(question, text) : gradeOpen(question, text);
      return { ...draft, contradicted: draft.contradicted ?? [], confidence: draft.confidence ?? 1, graderVersion: GRADER_VERSION };
    },
    // The rubric the grade used, so the reveal explains marks even for decks without stated key points.
    keyPoints(question: Question): string[] {
      if (question.type === 'open') return rubricFor(question).points.map((p) => p.label);
      return question.keyPoints.map((k) => k.label);
    },
  };
}

function gradeShort(question: Question, answer: string): GradeDraft {
  const label = question.accepted[0] ?? question.answer;
  const early = earlyZero(question, answer, [label]);
  if (early) return early;
  return shortAnswerMatches(question, answer)
    ? { score: 1, verdict: 'correct', matched: [label], missed: [], feedback: msg('grade.correct') }
    : { score: 0, verdict: 'incorrect', matched: [], missed: [label], feedback: msg('grade.notExpected') };
}

function gradeChoice(question: Question, answer: string): GradeDraft {
  const correct = correctChoices(question);
  const labels = correct.map((i) => `${String.fromCharCode(65 + i)}. ${question.choices[i] ?? ''}`);
  const early = earlyZero(question, answer, labels);
  if (early) return early;
  const picked = selectedChoices(question, answer);
  const right = picked.filter((i) => correct.includes(i));
  const wrong = picked.length - right.length;
  // Picking every option must not pay: each wrong pick cancels a right one.
  const score = correct.length === 0 ? 0 : Math.max(0, (right.length - wrong) / correct.length);
  const matched = labels.filter((_, k) => right.includes(correct[k] as number));
  const missed = labels.filter((_, k) => !right.includes(correct[k] as number));
  if (score >= 1) return { score: 1, verdict: 'correct', matched, missed, feedback: msg('grade.correct') };
  if (score > 0) return { score: Math.round(score * 1000) / 1000, verdict: 'partial', matched, missed, feedback: msg('grade.someOptions', { right: right.length, count: correct.length }) };
  const feedback = msg(picked.length === 0 ? 'grade.noOption' : 'grade.wrongOption');
  return { score: 0, verdict: 'incorrect', matched: [], missed: labels, feedback };
}

/** Empty, "idk" and score-dictating answers earn nothing whatever the question type. */
function earlyZero(question: Question, answer: string, labels: string[]): GradeDraft | undefined {
  const reason = guardAnswer(answer, analyze(answer), rubricFor(question));
  if (reason === 'empty' || reason === 'idk' || reason === 'injection') return zero(labels, reason);
  return undefined;
}
