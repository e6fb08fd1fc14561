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
  'slack.homeEmpty': 'Nothing to show yet. Start a quiz with {{start}}.',
  'slack.fileTooLarge': '"{{name}}" is larger than {{maxMb}} MB, so it was not imported.',
  'slack.fileUnreadable': '"{{name}}" could not be downloaded from Slack. Please share it again.',
} as const;
