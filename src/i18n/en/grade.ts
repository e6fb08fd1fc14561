/** The grader's feedback on one answer. `{{points}}` lists key point labels from the deck. */
export const grade = {
  // Rules that zero an answer (GradeReason).
  'grade.reason.empty': 'No answer given.',
  'grade.reason.idk': 'No credit for "I don\'t know" — have a guess next time.',
  'grade.reason.injection': 'No credit: the answer tries to tell the grader what score to give.',
  'grade.reason.copy': 'No credit: that repeats the question.',
  'grade.reason.keywordDump': 'No credit: a bare list of terms does not explain why or how.',
  'grade.reason.contradiction': 'No credit: the answer takes the opposite position to the expected one.',
  'grade.reason.bothVerdicts': 'No credit: the answer says both yes and no.',
  'grade.reason.offTopic': 'No credit: the answer is off-topic.',

  // Open answers, marked by key points. `{{grade}}` is the feedback before the contradicted points.
  'grade.withOpposite': '{{grade}} Says the opposite of: {{points}}.',
  'grade.inOtherWords': 'Correct: it says what the model answer says, in other words.',
  'grade.closeButNotAll': 'Partly right: close to the model answer, but not all of it.',
  'grade.noneFound_one': 'The key point is missing.',
  'grade.noneFound_other': 'None of the {{count}} key points found.',
  'grade.allPoints_one': 'The key point: {{points}}.',
  'grade.allPoints_other': 'All {{count}} key points: {{points}}.',
  'grade.correctSome_one': 'Correct — {{matched}} of {{count}} key point: {{points}}.',
  'grade.correctSome_other': 'Correct — {{matched}} of {{count}} key points: {{points}}.',
  'grade.somePoints_one': '{{matched}} of {{count}} key point: {{points}}.',
  'grade.somePoints_other': '{{matched}} of {{count}} key points: {{points}}.',
  'grade.somePointsNeeded_one': '{{matched}} of {{count}} key point ({{needed}} needed): {{points}}.',
  'grade.somePointsNeeded_other': '{{matched}} of {{count}} key points ({{needed}} needed): {{points}}.',

  // An answer like one a reviewer decided: the reviewer's verdict, then the grader's own feedback.
  'grade.likeAccepted': 'Correct: graded like an answer a reviewer accepted. On its own the grader found: {{grade}}',
  'grade.likePartial': 'Partly right: graded like an answer a reviewer gave partial credit. On its own the grader found: {{grade}}',
  'grade.likeRejected': 'Not correct: graded like an answer a reviewer marked incorrect. On its own the grader found: {{grade}}',

  // Short and multiple-choice answers.
  'grade.correct': 'Correct.',
  'grade.notExpected': 'Not the expected answer.',
  'grade.someOptions_one': '{{right}} of {{count}} correct option chosen.',
  'grade.someOptions_other': '{{right}} of {{count}} correct options chosen.',
  'grade.noOption': 'No option recognised: answer with its letter, number or text.',
  'grade.wrongOption': 'Not the right option.',
} as const;
