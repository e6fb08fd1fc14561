import type { Question } from '../core/deck.ts';
import { applyDecisions, type Decision } from '../core/grading/decisions.ts';
import type { Grade, Verdict } from '../core/grading/grader.ts';
import type { Store } from '../store/store.ts';
import type { EngineContext } from './context.ts';

const labels: Record<Verdict, Decision['label']> = { correct: 1, partial: 0.5, incorrect: 0 };

/**
 * Grades an answer to a question of a workspace's deck, learning from what its
 * reviewers decided: the answers to that question they decided (the decision that
 * stands on each) are labelled examples the grader follows where an answer says
 * the same thing.
 */
export function learnedGrade(ctx: EngineContext, wsId: number, deck: string, q: Question, text: string): Grade {
  const grade = ctx.d.grader.grade(q, text);
  const decided = decisionsOf(ctx.store, wsId, deck, q.number);
  return decided.length ? applyDecisions(q, text, grade, decided) : grade;
}

/** The decisions that stand on a question of a workspace's deck, as labelled examples. */
export function decisionsOf(store: Store, wsId: number, deck: string, question: number): Decision[] {
  return store.reviews.decidedAnswers(wsId, deck, question).map((d) => ({ answer: d.answer, label: labels[d.verdict] }));
}
