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
  'discord.fileTooLarge': 'That file is larger than {{maxMb}} MB; split the deck into smaller files.',
  'discord.downloadFailed': 'Could not download the attachment from Discord; please try the import again.',
} as const;
