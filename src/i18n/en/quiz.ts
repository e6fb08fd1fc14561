/** Timed quizzes in a channel. */
export const quiz = {
  'quiz.label': 'Quiz {{position}}/{{total}}',
  'quiz.started_one': '{{name}} started a quiz: {{count}} question, {{seconds}} s each.',
  'quiz.started_other': '{{name}} started a quiz: {{count}} questions, {{seconds}} s each.',
  'quiz.running': 'A quiz is already running in this channel. Stop it with {{quizStop}} or wait for it to finish.',
  'quiz.none': 'No quiz is running in this channel.',
  'quiz.notYours': 'Only the person who started this quiz or an admin can stop it.',
  'quiz.standingLine': '{{rank}}. {{name}}: {{points}}',
  'quiz.nobodyAnswered': 'Nobody answered.',
  'quiz.stoppedTitle': 'Quiz stopped',
  'quiz.overTitle': 'Quiz over: final standings',
} as const;
