/**
 * Grading evaluation: grades every labelled answer and prints agreement (exact
 * verdict matches) and the severe-error rate (correct graded incorrect, or
 * incorrect graded correct) per deck, per kind and overall, next to the
 * keyword-overlap baseline (keywordBaseline.ts); then the real teacher-graded splits, the grader
 * learning from decisions (learningCurve.ts) and the review threshold (reviewThreshold.ts).
 * `--show=DECK` lists a deck's disagreements.
 */
import { loadConfig } from '../../src/config.ts';
import { createGrader } from '../../src/core/grading/createGrader.ts';
import type { Verdict } from '../../src/core/grading/grader.ts';
import { plainFormat } from '../../src/i18n/plainFormat.ts';
import { renderText } from '../../src/i18n/renderText.ts';
import { loadLabelledSet, type LabelledAnswer } from './labelledSet.ts';
import { keywordBaseline } from './keywordBaseline.ts';
import { reportLearning } from './learningCurve.ts';
import { reportReviewThreshold } from './reviewThreshold.ts';
import { hasEvalData } from './realAnswers.ts';
import { reportRealData } from './realReport.ts';

interface Outcome {
  item: LabelledAnswer;
  got: Verdict;
  keyword: Verdict;
  feedback: string;
}

const severe = (label: Verdict, got: Verdict): boolean =>
  (label === 'correct' && got === 'incorrect') || (label === 'incorrect' && got === 'correct');

function figures(rows: Outcome[]): string {
  const n = rows.length;
  const agree = rows.filter((r) => r.got === r.item.label).length / n;
  const bad = rows.filter((r) => severe(r.item.label, r.got)).length / n;
  const base = rows.filter((r) => r.keyword === r.item.label).length / n;
  const baseBad = rows.filter((r) => severe(r.item.label, r.keyword)).length / n;
  return `${String(n).padStart(4)}  ${agree.toFixed(3)}      ${bad.toFixed(3)}     ${base.toFixed(3)}     ${baseBad.toFixed(3)}`;
}

function table(title: string, groups: Map<string, Outcome[]>): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(34)}   n  agreement  severe    keyword-agr keyword-severe`);
  for (const [name, rows] of groups) console.log(`${name.padEnd(34)}${figures(rows)}`);
}

function groupBy(rows: Outcome[], key: (o: Outcome) => string): Map<string, Outcome[]> {
  const map = new Map<string, Outcome[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
}

const grader = createGrader();
const outcomes: Outcome[] = [];
const heldOut = new Set<string>();
const sets = loadLabelledSet();
// The shipped deck again with its key points removed: how well the rubric derived from the
// model answer alone does (imported decks often state none).
for (const set of sets.filter((s) => !s.heldOut && s.deck.questions.some((q) => q.keyPoints.length > 0))) {
  const bare = set.deck.questions.map((q) => ({ ...q, keyPoints: [] }));
  sets.push({ ...set, name: `${set.name}/derived`, deck: { ...set.deck, questions: bare }, answers: set.answers.map((a) => ({ ...a, deck: `${set.name}/derived` })) });
}
for (const set of sets) {
  if (set.heldOut) heldOut.add(set.name);
  const keyword = keywordBaseline(set.deck.questions);
  for (const item of set.answers) {
    const question = set.deck.questions.find((q) => q.number === item.question);
    if (!question) throw new Error(`${set.name}: no question ${item.question}`);
    const g = grader.grade(question, item.answer);
    outcomes.push({ item, got: g.verdict, keyword: keyword(question, item.answer), feedback: renderText(g.feedback, 'en', plainFormat) });
  }
}

table('Per deck', groupBy(outcomes, (o) => `${o.item.deck}${heldOut.has(o.item.deck) ? ' (held out)' : ''}`));
table('Per kind (all decks, each answer once)', groupBy(outcomes.filter((o) => !o.item.deck.endsWith('/derived')), (o) => o.item.kind));
for (const deck of new Set(outcomes.map((o) => o.item.deck))) {
  table(`Per kind: ${deck}`, groupBy(outcomes.filter((o) => o.item.deck === deck), (o) => o.item.kind));
}
const primary = outcomes.filter((o) => !o.item.deck.endsWith('/derived'));
table('Overall (each labelled answer once)', new Map([['all', primary]]));

// `--show=DECK` lists one deck's disagreements (never used on a held-out deck while tuning rules).
const show = process.argv.find((a) => a.startsWith('--show'))?.split('=')[1];
if (show !== undefined) {
  console.log('\nDisagreements');
  for (const o of outcomes.filter((x) => x.got !== x.item.label && (show === '' || x.item.deck === show))) {
    console.log(`${o.item.deck} q${o.item.question} [${o.item.kind}] label=${o.item.label} got=${o.got}${severe(o.item.label, o.got) ? ' SEVERE' : ''}: ${o.item.answer}\n    -> ${o.feedback}`);
  }
}

// Real teacher-graded answers, when the shared datasets are present (they never ship with the project).
if (hasEvalData()) {
  reportRealData(grader, () => true);
  reportLearning(grader);
  const configured = (loadConfig({}) as unknown as Record<string, unknown>).REVIEW_BELOW_CONFIDENCE;
  reportReviewThreshold(grader, typeof configured === 'number' ? configured : undefined);
} else console.log('\n(Real graded answers skipped: set EVAL_DATA_DIR to the folder holding beetle/, scientsbank/ and mohler/.)');
