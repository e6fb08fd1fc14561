import type { Question } from '../deck.ts';
import { analyze, type Analysis } from './analyze.ts';
import { answerWordsOf, type AnswerWords } from './answerWords.ts';
import { bestReference, precisionOf } from './evidence.ts';
import { pointsFeedback, reasonFeedback, withContradictions } from './feedback.ts';
import type { GradeDraft, GradeReason, Verdict } from './grader.ts';
import { withGlossary } from './glossary.ts';
import { guardAnswer } from './guards.ts';
import { indexAnswer, type AnswerIndex } from './matchPoints.ts';
import { markPoints } from './markPoints.ts';
import { confidenceOf, predict, verdictOf, type Features } from './model.ts';
import { modelAnswersOf, type ModelAnswers } from './references.ts';
import { rubricFor, type Rubric } from './rubric.ts';

/** Below this share of on-topic words an answer that matched only a verdict is off-topic. */
const MIN_ON_TOPIC = 0.25;
/** Below this share of a model answer's informative words, an answer states none of it. */
const NO_EVIDENCE = 0.1;
/** Below this share of words from the question or a model answer, an answer shares none with them. */
const UNRELATED = 0.05;
/** Rules that decide alone are sure of themselves, short of certain. */
const RULE_CONFIDENCE = 0.95;

/** What the grader read in an answer: the key points it states or contradicts, and the evidence the model weighs. */
export type Reading =
  | { zero: GradeReason; contradicted?: string[] }
  | { zero?: undefined; features: Features; matched: string[]; missed: string[]; contradicted: string[]; coverage: number; marking: Marking };

/** How a verdict is reached: key points made, the fitted model's reading of the evidence, or the better of the two. */
type Marking = 'points' | 'evidence' | 'either';

/** Reads an answer against its question's rubric and model answers (also used to fit the model). */
export function readAnswer(question: Question, answer: string): Reading {
  const rubric = rubricFor(question);
  const written = analyze(answer);
  const guard = guardAnswer(answer, written, rubric);
  if (guard) return { zero: guard };
  if (rubric.points.length === 0 && question.answer.trim() === '') return { zero: 'off-topic' };
  const analysis = withGlossary(written, question.glossary);

  const index = indexAnswer(analysis, rubric);
  const words = answerWordsOf(analysis);
  const marks = markPoints(question, rubric, analysis, index, words);
  const { matched, missed, contradicted, wrongVerdicts, rightVerdicts, both, contentMatched, swapped } = marks;

  const verdictPoints = rubric.points.filter((p) => p.verdict).length;
  // A single yes/no question answered the wrong way earns nothing, whatever words it reuses.
  if (wrongVerdicts > 0 && verdictPoints === 1) return { zero: 'contradiction', contradicted };
  if (both && matched.length === 0) return { zero: 'both-verdicts' };
  if (matched.length > 0 && contentMatched === 0 && offTopic(analysis, index)) return { zero: 'off-topic' };
  // Only points the deck states (or a verdict) are sure enough to zero an answer on their own.
  if (contradicted.length > 0 && matched.length === 0 && (rubric.stated || wrongVerdicts > 0 || swapped.length > 0)) return { zero: 'contradiction', contradicted };

  const coverage = rubric.needed > 0 ? Math.min(1, marks.weight / rubric.needed) : 0;
  const model = modelAnswersOf(question, rubric.promptKeys);
  // Stated key points and yes/no rubrics are marked point by point, as a teacher marks them.
  // Derived ones are a guess at the ideas: with two or more, the better of the point marking
  // and the fitted evidence decides; a single derived idea is the fitted model's to judge.
  const marking: Marking =
    rubric.stated || (rubric.points.length > 0 && rubric.points.every((p) => p.verdict)) ? 'points' : rubric.points.length >= 2 ? 'either' : 'evidence';
  return { features: featuresOf(model, rubric, words, coverage, contradicted.length, rightVerdicts, wrongVerdicts), matched, missed, contradicted, coverage, marking };
}

function featuresOf(model: ModelAnswers, rubric: Rubric, words: AnswerWords, coverage: number, contradicted: number, right: number, wrong: number): Features {
  const refs = model.refs;
  const best = bestReference(refs, words, rubric.promptKeys);
  const { precision, promptShare } = precisionOf(model, rubric.promptKeys, words);
  const n = words.distinct.length;
  const refSize = Math.max(1, ...refs.map((r) => r.terms.length));
  const verdicts = rubric.points.filter((p) => p.verdict).length;
  return {
    recall: best.recall,
    bigrams: best.bigrams,
    negation: best.negation,
    opposed: best.opposed,
    precision,
    promptShare,
    coverage,
    contradicted: rubric.points.length > 0 ? contradicted / rubric.points.length : 0,
    length: Math.min(1, Math.log1p(n) / Math.log(60)),
    lengthRatio: Math.min(1, n / refSize),
    verdictRight: verdicts > 0 && right === verdicts ? 1 : 0,
    verdictWrong: wrong > 0 ? 1 : 0,
    novel: best.novel,
    ownRecall: best.ownRecall,
    references: Math.min(1, (refs.length - 1) / 4),
    otherName: best.otherName,
    // Nothing of any model answer and no key point: whatever else it says.
    nothing: best.recall < NO_EVIDENCE && coverage === 0 ? 1 : 0,
  };
}

/** Grades a free-text answer: key points found or contradicted, weighed with the other evidence by the fitted model. */
export function gradeOpen(question: Question, answer: string): GradeDraft {
  const labels = rubricFor(question).points.map((p) => p.label);
  const reading = readAnswer(question, answer);
  if (reading.zero !== undefined) {
    const contradicted = reading.contradicted ?? [];
    const grade = zero(labels.filter((l) => !contradicted.includes(l)), reading.zero);
    if (contradicted.length === 0) return grade;
    return { ...grade, contradicted, feedback: withContradictions(grade.feedback, contradicted) };
  }
  const p = predict(reading.features);
  const byPoints = rubricVerdict(reading.coverage);
  const byEvidence = verdictOf(p);
  const fromPoints = reading.marking === 'points' || (reading.marking === 'either' && RANK[byPoints] >= RANK[byEvidence]);
  let verdict: Verdict = fromPoints ? byPoints : byEvidence;
  // No word of the question, of any model answer or key point: teachers do credit some such
  // paraphrases, but a quiz that pays for any words at all invites typing anything.
  if (reading.features.nothing === 1 && reading.features.precision < UNRELATED) verdict = 'incorrect';
  // A contradicted point earns nothing, so an answer with one is never fully right.
  if (verdict === 'correct' && reading.contradicted.length > 0) verdict = 'partial';
  // Partial credit: the share of key points made, or how close to a full answer the evidence is.
  const evidence = fromPoints ? reading.coverage : Math.max(reading.coverage, p.correct);
  const score = verdict === 'correct' ? 1 : verdict === 'partial' ? Math.min(0.75, Math.max(0.25, evidence)) : 0;
  const { matched, missed, contradicted } = reading;
  const needed = rubricFor(question).needed;
  const feedback = withContradictions(pointsFeedback(verdict, matched, labels.length, needed), contradicted);
  return { score: round(score), verdict, matched, missed, contradicted, feedback, confidence: round(fromPoints ? rubricConfidence(reading.coverage, verdict) : confidenceOf(p, verdict)) };
}

const RANK: Record<Verdict, number> = { incorrect: 0, partial: 1, correct: 2 };

function rubricVerdict(coverage: number): Verdict {
  return coverage >= 1 ? 'correct' : coverage > 0 ? 'partial' : 'incorrect';
}

/** Mostly words the question and model answer never use: a joke or another topic. */
function offTopic(analysis: Analysis, index: AnswerIndex): boolean {
  if (analysis.terms.length < 3) return false;
  return (index.related ?? 0) / analysis.terms.length < MIN_ON_TOPIC;
}

export function zero(labels: string[], reason: GradeReason): GradeDraft {
  return { score: 0, verdict: 'incorrect', matched: [], missed: labels, feedback: reasonFeedback(reason), reason, confidence: RULE_CONFIDENCE };
}

/** Point marking is surest at its extremes: every point found, or none. */
function rubricConfidence(coverage: number, verdict: Verdict): number {
  if (verdict === 'correct') return 0.9;
  if (verdict === 'incorrect') return 0.8;
  return 0.6 + 0.3 * Math.abs(coverage - 0.5);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
