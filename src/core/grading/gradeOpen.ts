import type { Question } from '../deck.ts';
import { analyze, type Analysis } from './analyze.ts';
import { pointsFeedback, reasonFeedback } from './feedback.ts';
import type { GradeDraft, GradeReason, Verdict } from './grader.ts';
import { guardAnswer } from './guards.ts';
import { indexAnswer, pointMatched, type AnswerIndex } from './matchPoints.ts';
import { readPartPolarities, readPolarity, type Polarity } from './polarity.ts';
import { rubricFor, type Rubric } from './rubric.ts';

const NO_PARTS = [{ topic: new Set<string>(), predicate: new Set<string>() }];
/** Below this share of on-topic words an answer that matched only a verdict is off-topic. */
const MIN_ON_TOPIC = 0.25;

/** Grades a free-text answer against the question's rubric of key points. */
export function gradeOpen(question: Question, answer: string): GradeDraft {
  const rubric = rubricFor(question);
  const labels = rubric.points.map((p) => p.label);
  const analysis = analyze(answer);
  const guard = guardAnswer(answer, analysis, rubric);
  if (guard) return zero(labels, guard);
  if (rubric.points.length === 0) return zero(labels, 'off-topic');

  const index = indexAnswer(analysis, rubric);
  const polarities = readVerdicts(analysis, rubric);
  const matched: string[] = [];
  const missed: string[] = [];
  let contradicted = 0;
  let both = false;
  let contentMatched = 0;
  let weight = 0;
  for (const point of rubric.points) {
    let ok: boolean;
    if (point.verdict) {
      const said = polarities[point.verdict.part] ?? 'none';
      if (said === 'both') both = true;
      if (said === point.verdict.expected) ok = true;
      else if (said === 'yes' || said === 'no') {
        contradicted++;
        ok = false;
      } else ok = said === 'none' && pointMatched(point, index, rubric.promptKeys);
    } else {
      ok = pointMatched(point, index, rubric.promptKeys);
      if (ok) contentMatched++;
    }
    if (ok) weight += point.weight ?? 1;
    (ok ? matched : missed).push(point.label);
  }

  const verdictPoints = rubric.points.filter((p) => p.verdict).length;
  // A single yes/no question answered the wrong way earns nothing, whatever words it reuses.
  if (contradicted > 0 && verdictPoints === 1) return zero(labels, 'contradiction');
  if (both && matched.length === 0) return zero(labels, 'both-verdicts');
  if (matched.length > 0 && contentMatched === 0 && offTopic(analysis, index)) return zero(labels, 'off-topic');
  if (contradicted > 0 && matched.length === 0) return zero(labels, 'contradiction');

  const score = Math.min(1, weight / rubric.needed);
  const verdict: Verdict = weight >= rubric.needed ? 'correct' : weight > 0 ? 'partial' : 'incorrect';
  return {
    score: round(score),
    verdict,
    matched,
    missed,
    feedback: pointsFeedback(verdict, matched, rubric.points.length, rubric.needed),
  };
}

function readVerdicts(analysis: Analysis, rubric: Rubric): Polarity[] {
  if (!rubric.points.some((p) => p.verdict)) return [];
  const parts = rubric.parts.length > 0 ? rubric.parts : NO_PARTS;
  if (parts.length === 1) return [readPolarity(analysis, (parts[0] as (typeof parts)[number]).predicate)];
  return readPartPolarities(analysis, parts);
}

/** Mostly words the question and model answer never use: a joke or another topic. */
function offTopic(analysis: Analysis, index: AnswerIndex): boolean {
  if (analysis.terms.length < 3) return false;
  return (index.related ?? 0) / analysis.terms.length < MIN_ON_TOPIC;
}

export function zero(labels: string[], reason: GradeReason): GradeDraft {
  return { score: 0, verdict: 'incorrect', matched: [], missed: labels, feedback: reasonFeedback(reason), reason };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
