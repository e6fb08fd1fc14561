import type { Grader, Verdict } from '../../src/core/grading/grader.ts';
import { keywordBaseline } from './keywordBaseline.ts';
import { DATASETS, loadDataset, type RealAnswer } from './realAnswers.ts';

const VALUE: Record<Verdict, number> = { correct: 1, partial: 0.5, incorrect: 0 };

export interface SplitFigures {
  n: number;
  agreement: number;
  severe: number;
  twoWay: number;
  /** Share of the dataset's "contradictory" answers graded correct; NaN without any. */
  contradictionsCredited: number;
}

export function figuresOf(rows: Array<{ item: RealAnswer; got: Verdict }>): SplitFigures {
  const n = rows.length;
  let agree = 0;
  let severe = 0;
  let two = 0;
  let contra = 0;
  let credited = 0;
  for (const { item, got } of rows) {
    const v = VALUE[got];
    if (v === item.label) agree++;
    if (Math.abs(v - item.label) === 1) severe++;
    if ((v === 1) === (item.label === 1)) two++;
    if (item.orig === 'contradictory') {
      contra++;
      if (v === 1) credited++;
    }
  }
  return { n, agreement: agree / n, severe: severe / n, twoWay: two / n, contradictionsCredited: contra > 0 ? credited / contra : Number.NaN };
}

/** SciEntsBank's 0 also holds partially correct answers, so only 2-way figures mean anything there. */
const TWO_WAY_ONLY = new Set(['scientsbank']);

const fmt = (x: number): string => (Number.isNaN(x) ? '    –' : x.toFixed(3));

/** Grades every answer of the chosen splits and prints the figures next to the keyword baseline. */
export function reportRealData(grader: Grader, keep: (split: string) => boolean, log: (s: string) => void = console.log): Map<string, SplitFigures> {
  const out = new Map<string, SplitFigures>();
  log('\nReal graded answers (shared eval-data): grader | keyword baseline');
  log(`${'dataset/split'.padEnd(22)}    n  agree severe  2-way contra |  agree severe  2-way contra`);
  for (const name of DATASETS) {
    const data = loadDataset(name);
    const baseline = keywordBaseline(data.questions.values());
    const splits = [...new Set(data.answers.map((a) => a.split))].filter(keep).sort();
    for (const split of splits) {
      const rows: Array<{ item: RealAnswer; got: Verdict }> = [];
      const base: Array<{ item: RealAnswer; got: Verdict }> = [];
      for (const item of data.answers) {
        if (item.split !== split) continue;
        const q = data.questions.get(item.question);
        if (!q) continue;
        rows.push({ item, got: grader.grade(q, item.answer).verdict });
        base.push({ item, got: baseline(q, item.answer) });
      }
      const f = figuresOf(rows);
      const b = figuresOf(base);
      out.set(`${name}/${split}`, f);
      const two = TWO_WAY_ONLY.has(name);
      const cells = (x: SplitFigures): string =>
        `${two ? '    –' : fmt(x.agreement)}  ${two ? '    –' : fmt(x.severe)}  ${fmt(x.twoWay)}  ${fmt(x.contradictionsCredited)}`;
      log(`${`${name}/${split}`.padEnd(22)} ${String(f.n).padStart(4)}  ${cells(f)} |  ${cells(b)}`);
    }
  }
  return out;
}
