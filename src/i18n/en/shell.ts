/** The terminal playground's own words. */
export const shell = {
  'shell.intro':
    'quizbot playground: you are in a local chat channel, on the same engine and database the bot uses.\n' +
    'To connect Discord, set `DISCORD_TOKEN` (and register commands with `quizbot commands register`); for Slack, set\n' +
    '`SLACK_BOT_TOKEN` with `SLACK_APP_TOKEN` (Socket Mode) or `SLACK_SIGNING_SECRET` (HTTP); see `README.md`. Type {{help}}.',
  /** A line without a leading slash; `{{text}}` is the start of what was typed. */
  'shell.slashFirst': 'Commands start with a slash. To answer, write {{answer}} {{text}}',
  'shell.apology': 'Sorry, something went wrong on my side; it has been logged. Try again, or {{help}}.',
  /** Under a question: `{{time}}` is when it closes, in this terminal's timezone. */
  'shell.closesAt': '(closes at {{time}})',
  /** Above a private message to one member (an appeal decided), shown in the shared terminal. */
  'shell.privateTo': 'Privately to {{member}}:',
  /** Under a question that takes answers. */
  'shell.answerHint': '(answer with {{answer}} YOUR ANSWER)',
  /** Under private feedback: `/appeal` appeals the latest grade, the one just shown. */
  'shell.practiceHint': '(to practise privately: {{practice}})',
  'shell.appealHint': '(to appeal this grade: {{appeal}} REASON)',
  /** Under a page of the review queue or log, for each page button: `{{command}} {{page}}` shows that page. */
  'shell.pageHint': '(page {{page}}: {{command}} {{page}})',
} as const;
