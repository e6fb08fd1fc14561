/** Wording that belongs to the Discord adapter itself; everything else comes from the engine. */
export const messages = {
  apology: 'Sorry, something went wrong on our side. Please try again in a moment.',
  guildOnly: 'quizbot works inside a server; add it to one and use the commands there.',
  unknownCommand: 'This command is not known to this version of quizbot. Ask an admin to run `quizbot commands register`.',
  unknownButton: 'This button is no longer in use.',
  closesLabel: 'Closes',
  /** After a deck text cut to fit a message; the grader still reads all of it. */
  shortened: '(shortened)',
  answerInputLabel: 'Your answer',
  fileTooLarge: (maxMb: number) => `That file is larger than ${maxMb} MB; split the deck into smaller files.`,
  downloadFailed: 'Could not download the attachment from Discord; please try the import again.',
} as const;
