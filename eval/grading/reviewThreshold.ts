/**
 * The review threshold (REVIEW_BELOW_CONFIDENCE): grades less sure than it are provisional
 * and go to the review queue. Chosen on the train splits alone: the highest threshold (in
 * steps of 0.01) that sends at most 15% of the answers of every train split to review, for
 * a deck without any decisions yet (the grader alone). Reported on every split: the share
 * sent and the accuracy of the grades that were not sent, next to that of all grades.
 */
import type { Grader, Verdict } from '../../src/core/grading/grader.ts';
import { DATASETS, loadDataset, type RealAnswer } from './realAnswers.ts';
import { figuresOf } from './realReport.ts';

const MAX_SHARE = 0.15;

interface Graded {
  item: RealAnswer;
  got: Verdict;
  confidence: number;
}

export function reportReviewThreshold(grader: Grader, configured: number | undefined, log: (s: string) => void = console.log): number {
  const splits = new Map<string, Graded[]>();
  for (const name of DATASETS) {
    const data = loadDataset(name);
    for (const item of data.answers) {
      const q = data.questions.get(item.question);
      if (!q) continue;
      const g = grader.grade(q, item.answer);
      const key = `${name}/${item.split}`;
      splits.set(key, [...(splits.get(key) ?? []), { item, got: g.verdict, confidence: g.confidence }]);
    }
  }
  const train = [...splits].filter(([k]) => k.endsWith('/train')).map(([, rows]) => rows);
  const sent = (rows: Graded[], t: number): number => rows.filter((r) => r.confidence < t).length / rows.length;
  let chosen = 0;
  for (let i = 0; i <= 100; i++) {
    const t = i / 100;
    if (train.every((rows) => sent(rows, t) <= MAX_SHARE)) chosen = t;
  }
  const shown = [...new Set([chosen, ...(configured === undefined ? [] : [configured])])];
  for (const t of shown) {
    log(`\nReview threshold ${t}${t === chosen ? ` (chosen on train: the highest sending at most ${MAX_SHARE * 100}% of every train split to review)` : ' (configured default)'}; no decisions yet`);
    log(`${'dataset/split'.padEnd(22)}    n  sent  | all: 2-way severe | not sent: 2-way severe`);
    for (const [key, rows] of splits) {
      const kept = rows.filter((r) => r.confidence >= t);
      const all = figuresOf(rows);
      const rest = figuresOf(kept);
      const two = !key.startsWith('scientsbank');
      log(
        `${key.padEnd(22)} ${String(rows.length).padStart(4)}  ${sent(rows, t).toFixed(3)} |      ${all.twoWay.toFixed(3)} ${two ? all.severe.toFixed(3) : '    –'} |           ${rest.twoWay.toFixed(3)} ${two ? rest.severe.toFixed(3) : '    –'}`,
      );
    }
  }
  return chosen;
}
