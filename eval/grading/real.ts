/**
 * `node --import tsx eval/grading/real.ts [--splits=train|test|all]`: the grader on
 * real teacher-graded answers. Tune with `train` only; `test` is for reporting.
 */
import { createGrader } from '../../src/core/grading/createGrader.ts';
import { hasEvalData } from './realAnswers.ts';
import { reportRealData } from './realReport.ts';

const which = process.argv.find((a) => a.startsWith('--splits='))?.split('=')[1] ?? 'all';
if (!hasEvalData()) {
  console.log('No eval data found: set EVAL_DATA_DIR to the folder holding beetle/, scientsbank/ and mohler/.');
} else {
  reportRealData(createGrader(), (s) => which === 'all' || (which === 'train' ? s === 'train' : s !== 'train'));
}
