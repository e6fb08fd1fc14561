/** The Slack adapter's own words: the answer modal, App Home, file refusals, labels on rendered replies. */
export const slack = {
  /** `{{date}}` is when the shown question closes. */
  'slack.closes': 'Closes {{date}}',
  /** After the notification text of the second and later parts of a long reply. */
  'slack.continued': '(continued)',
  /** After a deck text cut to fit a block; the grader still reads all of it. */
  'slack.shortened': '(shortened)',
  /** The answer modal's title when the question has none (Slack allows 24 characters). */
  'slack.modalTitle': 'Your answer',
  'slack.modalSubmit': 'Submit',
  'slack.modalCancel': 'Cancel',
  'slack.modalInputLabel': 'Answer',
  'slack.modalPlaceholder': 'Write your answer in your own words',
  'slack.emptyAnswer': 'Please write an answer first.',
  /** The appeal modal's title when the engine gives none, and its submit button (each at most 24 characters). */
  'slack.appealTitle': 'Appeal this grade',
  'slack.appealSubmit': 'Send appeal',
  /** The appeal modal's input label and the hint under it. */
  'slack.appealReason': 'Why should this grade change?',
  'slack.appealReasonHint': 'A reviewer reads this and decides; up to 1,000 characters.',
  'slack.emptyReason': 'Please say why first.',
  /** The title of the modal a review button opens (at most 24 characters). */
  'slack.reviewTitle.correct': 'Mark as correct',
  'slack.reviewTitle.partial': 'Mark as partly right',
  'slack.reviewTitle.incorrect': 'Mark as incorrect',
  /** The review modal's submit button (at most 24 characters), input label and hint. */
  'slack.reviewSubmit': 'Decide',
  'slack.reviewNote': 'Note for the member (optional)',
  'slack.reviewNoteHint': 'Sent with the new grade and kept in the review log.',
  'slack.homeEmpty': 'Nothing to show yet. Start a quiz with {{start}}.',
  'slack.fileTooLarge': '"{{name}}" is larger than {{maxMb}} MB, so it was not imported.',
  'slack.fileUnreadable': '"{{name}}" could not be downloaded from Slack. Please share it again.',
} as const;
