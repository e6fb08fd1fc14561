/** The Discord adapter's own words: its errors, the answer modal, labels on rendered replies. */
export const discord = {
  'discord.guildOnly': 'quizbot works inside a server; add it to one and use the commands there.',
  'discord.unknownCommand': 'This command is not known to this version of quizbot. Ask an admin to run `quizbot commands register`.',
  'discord.unknownButton': 'This button is no longer in use.',
  /** Name of the field showing when a question closes. */
  'discord.closes': 'Closes',
  /** After a deck text cut to fit a message; the grader still reads all of it. */
  'discord.shortened': '(shortened)',
  /** The answer modal's input label, and its title when the question has none. */
  'discord.answerLabel': 'Your answer',
  /** The appeal modal's title when the engine gives none (at most 45 characters). */
  'discord.appealTitle': 'Appeal this grade',
  /** The appeal modal's input label (at most 45 characters) and the hint under it (at most 100). */
  'discord.appealReason': 'Why should this grade change?',
  'discord.appealReasonHint': 'A reviewer reads this and decides; up to 1,000 characters.',
  /** The title of the modal a review button opens (at most 45 characters). */
  'discord.reviewTitle.correct': 'Mark as correct',
  'discord.reviewTitle.partial': 'Mark as partly right',
  'discord.reviewTitle.incorrect': 'Mark as incorrect',
  /** The review modal's input label (at most 45 characters) and the hint under it (at most 100). */
  'discord.reviewNote': 'Note for the member (optional)',
  'discord.reviewNoteHint': 'Sent with the new grade and kept in the review log.',
  'discord.fileTooLarge': 'That file is larger than {{maxMb}} MB; split the deck into smaller files.',
  'discord.downloadFailed': 'Could not download the attachment from Discord; please try the import again.',
} as const;
