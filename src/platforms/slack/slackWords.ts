/** The Slack adapter's own words for users (everything else comes from the engine). */
export const slackWords = {
  apology: 'Sorry, something went wrong on our side. Please try again in a moment.',
  closes: 'Closes',
  continued: '(continued)',
  /** After a deck text cut to fit a block; the grader still reads all of it. */
  shortened: '(shortened)',
  modalTitle: 'Your answer',
  modalSubmit: 'Submit',
  modalCancel: 'Cancel',
  modalInputLabel: 'Answer',
  modalPlaceholder: 'Write your answer in your own words',
  emptyAnswer: 'Please write an answer first.',
  homeTitle: 'quizbot',
  homeEmpty: 'Nothing to show yet. Start a quiz with `/quiz start`.',
  answerUsage: '/answer <your answer>',
  fileTooLarge: (name: string, maxMb: number) => `"${name}" is larger than ${maxMb} MB, so it was not imported.`,
  fileUnreadable: (name: string) => `"${name}" could not be downloaded from Slack. Please share it again.`,
} as const;
