/**
 * `npm run fit:grader`: fits the grader's decision model (data/grader/model.json)
 * on the `train` splits of the teacher-graded datasets (EVAL_DATA_DIR, by default
 * shared/eval-data beside the project). Test splits are never read. Deterministic:
 * Newton steps from zero weights, thresholds by grid search, no randomness.
 */
import { writeFileSync } from 'node:fs';
import { readAnswer } from '../src/core/grading/gradeOpen.ts';
import { GRADER_VERSION } from '../src/core/grading/graderVersion.ts';
import { FEATURES, predict, vectorOf, verdictOf, type Features, type Model } from '../src/core/grading/model.ts';
import { DATASETS, evalDataDir, hasEvalData, loadDataset } from '../eval/grading/realAnswers.ts';
import { fitLogistic } from './logistic.ts';

if (!hasEvalData()) {
  console.error(`No training data in ${evalDataDir()}: set EVAL_DATA_DIR to the folder holding beetle/, scientsbank/ and mohler/.`);
  process.exit(1);
}

interface Row {
  dataset: string;
  x: number[] | undefined;
  label: number;
  /** The dataset calls it contradictory (Beetle, SciEntsBank). */
  contradictory: boolean;
}

const featuresOf = (x: number[]): Features => Object.fromEntries(FEATURES.map((k, i) => [k, x[i] ?? 0])) as Features;

const rows: Row[] = [];
for (const name of DATASETS) {
  const data = loadDataset(name);
  for (const a of data.answers) {
    if (a.split !== 'train') continue;
    const q = data.questions.get(a.question);
    if (!q) continue;
    const r = readAnswer(q, a.answer);
    rows.push({ dataset: name, x: r.zero === undefined ? vectorOf(r.features) : undefined, label: a.label, contradictory: a.orig === 'contradictory' });
  }
}

// Every dataset weighs the same, however many answers it has.
const sizes = new Map<string, number>();
for (const r of rows) if (r.x) sizes.set(r.dataset, (sizes.get(r.dataset) ?? 0) + 1);
const weightOf = (r: Row): number => 1000 / (sizes.get(r.dataset) ?? 1);
const fitted = rows.filter((r) => r.x !== undefined) as Array<Row & { x: number[] }>;
const correct = fitLogistic(fitted.map((r) => r.x), fitted.map((r) => (r.label === 1 ? 1 : 0)), fitted.map(weightOf));
// SciEntsBank's 0 holds partial answers too, so it cannot teach partial credit.
const graded = fitted.filter((r) => r.dataset !== 'scientsbank');
const credit = fitLogistic(graded.map((r) => r.x), graded.map((r) => (r.label >= 0.5 ? 1 : 0)), graded.map(weightOf));

const VALUE = { correct: 1, partial: 0.5, incorrect: 0 } as const;
/** How much a severe error, and a contradictory answer graded correct, cost against a right verdict. */
const SEVERE = 2;
const CONTRA = 0.5;
const base: Model = { version: GRADER_VERSION, features: [...FEATURES], correct, credit, thresholds: { correct: 0.5, partial: 0.5 } };
// The heads are fixed now; only the thresholds move, so each answer is predicted once.
const predicted = rows.map((r) => ({ ...r, p: r.x ? predict(featuresOf(r.x), base) : undefined }));

/**
 * Summed over datasets: 2-way accuracy, less half the share of contradictory answers graded
 * correct, plus agreement less twice the severe rate where labels have three levels (a severe
 * error is what makes a teacher stop trusting the grade).
 */
function objective(model: Model): number {
  const by = new Map<string, { n: number; two: number; agree: number; severe: number; contra: number; credited: number }>();
  for (const r of predicted) {
    const s = by.get(r.dataset) ?? { n: 0, two: 0, agree: 0, severe: 0, contra: 0, credited: 0 };
    const v = r.p ? VALUE[verdictOf(r.p, model)] : 0;
    s.n++;
    if ((v === 1) === (r.label === 1)) s.two++;
    if (v === r.label) s.agree++;
    if (Math.abs(v - r.label) === 1) s.severe++;
    if (r.contradictory) {
      s.contra++;
      if (v === 1) s.credited++;
    }
    by.set(r.dataset, s);
  }
  let total = 0;
  for (const [name, s] of by) {
    total += s.two / s.n - CONTRA * (s.contra > 0 ? s.credited / s.contra : 0);
    if (name !== 'scientsbank') total += s.agree / s.n - SEVERE * (s.severe / s.n);
  }
  return total;
}

let best = base;
let bestScore = -Infinity;
for (let c = 20; c <= 80; c++) {
  for (let p = 5; p <= c; p++) {
    const m = { ...base, thresholds: { correct: c / 100, partial: p / 100 } };
    const score = objective(m);
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = m;
    }
  }
}
const out = {
  ...best,
  fittedOn:
    'train splits of SemEval-2013 Task 7 Beetle and SciEntsBank (Dzikovska, Nielsen, Brew et al. 2013; CC BY-SA 3.0) and Mohler, Bunescu & Mihalcea 2011; weights only, no data',
};
writeFileSync(new URL('../data/grader/model.json', import.meta.url), `${JSON.stringify(out, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v), 1)}\n`);
console.log(`data/grader/model.json: ${fitted.length} answers fitted (${rows.length - fitted.length} decided by rules), thresholds ${best.thresholds.correct} / ${best.thresholds.partial}`);
for (const [i, name] of FEATURES.entries()) console.log(`${name.padEnd(14)} ${(correct.weights[i] ?? 0).toFixed(3).padStart(8)} ${(credit.weights[i] ?? 0).toFixed(3).padStart(8)}`);
