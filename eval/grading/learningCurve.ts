/**
 * The grader learning from reviewers' decisions (src/core/grading/decisions.ts), measured on
 * Beetle's and SciEntsBank's unseen-answers splits, whose questions all appear in train:
 *
 * 1. Tuning, on train only: each train answer is graded with the other train answers of its
 *    question as decisions (leave one out), for a range of thresholds; the best threshold is
 *    the one with the highest mean 2-way accuracy over both datasets, Beetle's severe ≤ 0.08.
 * 2. Reporting, on test-ua: the first K train answers of each question (file order) as
 *    decisions, K = 0, 3, 10 and all, with the threshold the grader ships.
 */
import type { Question } from '../../src/core/deck.ts';
import { applyDecisions, DECISION_THRESHOLD, nearestDecision, type Decision, type Nearest } from '../../src/core/grading/decisions.ts';
import type { Grade, Grader, Verdict } from '../../src/core/grading/grader.ts';
import { loadDataset, type RealAnswer, type RealDataset } from './realAnswers.ts';
import { figuresOf, type SplitFigures } from './realReport.ts';

const LEARNING_SETS = ['beetle', 'scientsbank'] as const;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const KS: Array<number | 'all'> = [0, 3, 10, 'all'];
const MAX_BEETLE_SEVERE = 0.08;
const VERDICT: Record<Decision['label'], Verdict> = { 1: 'correct', 0.5: 'partial', 0: 'incorrect' };

export interface LearningResult {
  chosen: number;
  /** Test-ua figures per dataset and K. */
  curve: Map<string, SplitFigures>;
}

const decisionOf = (a: RealAnswer): Decision => ({ answer: a.answer, label: a.label as Decision['label'] });

function byQuestion(answers: RealAnswer[]): Map<number, RealAnswer[]> {
  const map = new Map<number, RealAnswer[]>();
  for (const a of answers) map.set(a.question, [...(map.get(a.question) ?? []), a]);
  return map;
}

/** Each train answer's grade and the nearest other train answer of its question that points the same way. */
function leaveOneOut(data: RealDataset, grader: Grader): Array<{ item: RealAnswer; grade: Grade; nearest: Nearest | undefined }> {
  const out: Array<{ item: RealAnswer; grade: Grade; nearest: Nearest | undefined }> = [];
  for (const [number, list] of byQuestion(data.answers.filter((a) => a.split === 'train'))) {
    const q = data.questions.get(number) as Question;
    const decisions = list.map(decisionOf);
    list.forEach((item, i) => {
      const grade = grader.grade(q, item.answer);
      out.push({ item, grade, nearest: nearestDecision(q, item.answer, grade, decisions.filter((_, j) => j !== i)) });
    });
  }
  return out;
}

const cell = (f: SplitFigures, twoWayOnly: boolean): string =>
  `${f.twoWay.toFixed(3)} ${twoWayOnly ? '    –' : f.severe.toFixed(3)} ${twoWayOnly ? '    –' : f.agreement.toFixed(3)}`;

export function reportLearning(grader: Grader, log: (s: string) => void = console.log): LearningResult {
  const data = new Map(LEARNING_SETS.map((name) => [name, loadDataset(name)]));

  log('\nLearning from decisions: threshold tuned on train (each train answer graded with the other train answers of its question as decisions)');
  log(`${'threshold'.padEnd(10)} ${'beetle/train 2-way severe agree'.padEnd(32)} scientsbank/train 2-way`);
  const loo = new Map(LEARNING_SETS.map((name) => [name, leaveOneOut(data.get(name) as RealDataset, grader)]));
  let chosen = Number.NaN;
  let bestScore = -1;
  const at = (name: string, t: number): SplitFigures =>
    figuresOf((loo.get(name as (typeof LEARNING_SETS)[number]) ?? []).map(({ item, grade, nearest }) => ({ item, got: nearest && nearest.similarity >= t ? VERDICT[nearest.label] : grade.verdict })));
  for (const t of [2, ...THRESHOLDS]) {
    // 2: no decision ever applies (the grader alone).
    const b = at('beetle', t);
    const s = at('scientsbank', t);
    const score = (b.twoWay + s.twoWay) / 2;
    if (t <= 1 && b.severe <= MAX_BEETLE_SEVERE && score > bestScore) {
      bestScore = score;
      chosen = t;
    }
    log(`${(t > 1 ? 'none' : t.toFixed(2)).padEnd(10)} ${`${b.twoWay.toFixed(3)} ${b.severe.toFixed(3)} ${b.agreement.toFixed(3)}`.padEnd(32)} ${s.twoWay.toFixed(3)}`);
  }
  log(`chosen on train: ${chosen} (mean 2-way ${bestScore.toFixed(3)}, Beetle severe ≤ ${MAX_BEETLE_SEVERE}); the grader ships ${DECISION_THRESHOLD}${chosen === DECISION_THRESHOLD ? '' : ' — DIFFERENT, update DECISION_THRESHOLD'}`);

  log(`\nLearning curve on the unseen-answers test splits (reporting only; first K train answers per question as decisions, threshold ${DECISION_THRESHOLD})`);
  log(`${'K'.padEnd(6)} ${'beetle/test-ua 2-way severe agree'.padEnd(34)} scientsbank/test-ua 2-way`);
  const curve = new Map<string, SplitFigures>();
  for (const k of KS) {
    const cells: string[] = [];
    for (const name of LEARNING_SETS) {
      const set = data.get(name) as RealDataset;
      const train = byQuestion(set.answers.filter((a) => a.split === 'train'));
      const rows: Array<{ item: RealAnswer; got: Verdict }> = [];
      for (const item of set.answers) {
        if (item.split !== 'test-ua') continue;
        const q = set.questions.get(item.question);
        if (!q) continue;
        const decided = train.get(item.question) ?? [];
        const decisions = (k === 'all' ? decided : decided.slice(0, k)).map(decisionOf);
        rows.push({ item, got: applyDecisions(q, item.answer, grader.grade(q, item.answer), decisions).verdict });
      }
      const f = figuresOf(rows);
      curve.set(`${name}/${k}`, f);
      cells.push(name === 'beetle' ? cell(f, false).padEnd(34) : f.twoWay.toFixed(3));
    }
    log(`${String(k).padEnd(6)} ${cells.join(' ')}`);
  }
  const b = curve.get('beetle/all') as SplitFigures;
  const s = curve.get('scientsbank/all') as SplitFigures;
  const held = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  log(
    `targets with all train decisions: Beetle 2-way ${b.twoWay.toFixed(3)} ≥ 0.80 ${held(b.twoWay >= 0.8)}; ` +
      `SciEntsBank 2-way ${s.twoWay.toFixed(3)} ≥ 0.80 ${held(s.twoWay >= 0.8)}; Beetle severe ${b.severe.toFixed(3)} ≤ 0.08 ${held(b.severe <= 0.08)}`,
  );
  return { chosen, curve };
}
