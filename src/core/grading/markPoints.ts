import type { Question } from '../deck.ts';
import type { Analysis } from './analyze.ts';
import type { AnswerWords } from './answerWords.ts';
import { alternativeContradicted } from './direction.ts';
import { alternativeMatched, pointMatched, type AnswerIndex } from './matchPoints.ts';
import { readPartPolarities, readPolarity, type Polarity } from './polarity.ts';
import { rolesOf, swappedSubjects } from './roles.ts';
import type { Rubric } from './rubric.ts';

/** Which key points an answer makes, misses or says the other way round. */
export interface PointMarks {
  matched: string[];
  missed: string[];
  contradicted: string[];
  /** Weight of the points made (a derived leading idea counts double). */
  weight: number;
  /** Points made by their content, not by a yes/no verdict. */
  contentMatched: number;
  rightVerdicts: number;
  wrongVerdicts: number;
  /** The answer says both yes and no to a part. */
  both: boolean;
  /** The compared things whose definitions the answer exchanges. */
  swapped: string[];
}

const NO_PARTS = [{ topic: new Set<string>(), predicate: new Set<string>() }];

export function markPoints(question: Question, rubric: Rubric, analysis: Analysis, index: AnswerIndex, words: AnswerWords): PointMarks {
  const polarities = readVerdicts(analysis, rubric);
  const matched: string[] = [];
  const missed: string[] = [];
  const contradicted: string[] = [];
  let wrongVerdicts = 0;
  let rightVerdicts = 0;
  let both = false;
  let contentMatched = 0;
  let weight = 0;
  for (const point of rubric.points) {
    let ok: boolean;
    if (point.verdict) {
      const said = polarities[point.verdict.part] ?? 'none';
      if (said === 'both') both = true;
      if (said === point.verdict.expected) {
        ok = true;
        rightVerdicts++;
      } else if (said === 'yes' || said === 'no') {
        wrongVerdicts++;
        contradicted.push(point.label);
        continue;
      } else ok = said === 'none' && pointMatched(point, index, rubric.promptKeys);
    } else {
      // Stated one way by any of its phrasings it is made; said only the other way round it is contradicted.
      let against = false;
      ok = false;
      for (const alt of point.alternatives) {
        if (alternativeContradicted(alt, index, words, rubric)) against = true;
        else if (alternativeMatched(alt, index, rubric.promptKeys)) ok = true;
      }
      if (!ok && against) {
        contradicted.push(point.label);
        continue;
      }
      if (ok) contentMatched++;
    }
    if (ok) weight += point.weight ?? 1;
    (ok ? matched : missed).push(point.label);
  }

  // Definitions of the things the question names, exchanged: the points about them are said the other way round.
  const roles = rolesOf(question, rubric.promptKeys);
  const swapped = roles ? swappedSubjects(roles, analysis, rubric.promptKeys) : [];
  if (swapped.length > 0) {
    for (const point of rubric.points) {
      if (point.verdict || !point.alternatives.some((a) => a.keys.some((k) => swapped.includes(k)) || a.anchor?.some((k) => swapped.includes(k)))) continue;
      const at = matched.indexOf(point.label);
      if (at >= 0) {
        matched.splice(at, 1);
        weight -= point.weight ?? 1;
        contentMatched--;
      } else missed.splice(missed.indexOf(point.label), 1);
      contradicted.push(point.label);
    }
  }

  return { matched, missed, contradicted, weight, contentMatched, rightVerdicts, wrongVerdicts, both, swapped };
}

function readVerdicts(analysis: Analysis, rubric: Rubric): Polarity[] {
  if (!rubric.points.some((p) => p.verdict)) return [];
  const parts = rubric.parts.length > 0 ? rubric.parts : NO_PARTS;
  if (parts.length === 1) return [readPolarity(analysis, (parts[0] as (typeof parts)[number]).predicate)];
  return readPartPolarities(analysis, parts);
}
