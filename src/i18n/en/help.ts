/** The help text: one line per command group. */
export const help = {
  'help.title': 'quizbot help',
  'help.intro': '**quizbot**: practise questions with your group; answers are graded key point by key point.',
  'help.answer': '**{{answer}}** `text`: answer the open question (privately; results at the reveal)',
  'help.quiz': '**{{quizStart}}** `[deck] [questions] [seconds]`: a timed quiz in this channel · **{{quizStop}}**',
  'help.practice': '**{{practice}}** `[deck]`: a private practice question, answer revealed at once · **{{practiceStats}}**: your cards and retention per deck · **{{practiceRemind}}** `HH:MM [Area/City]|off`: a private message on days with cards due',
  'help.leaderboard': '**{{leaderboard}}** `[today|week|month|season|all] [deck] [image]`: top 10 and your rank (by default the running season); image: as a picture',
  'help.stats': '**{{stats}}** `[user] [image]`: points, answers, accuracy, streaks, rank; image: as a card with the accuracy of the last 30 days',
  'help.daily': '**{{dailySetup}}** `channel HH:MM Area/City [deck]`, {{dailyPause}} · {{dailyResume}} · {{dailyNow}} · {{dailyStatus}} · {{dailySkip}} (admins)',
  'help.deck': '{{deckList}} · {{deckShow}} · {{deckImport}} · {{deckUse}} · {{deckRemove}} (import, use and remove: admins)',
  'help.settings': '**{{settings}}** `[language] [questions] [seconds]`: this server’s language and quiz defaults; alone, shows them (admins)',
  'help.season': '**{{seasonStart}}** `[name] [week|month|YYYY-MM-DD]` · {{seasonEnd}}: a season with its own leaderboard; its final top 10 is posted at the end (admins)',
  'help.status': '**{{status}}**: the bot’s processes, shards, database size and last scheduler tick (admins)',
} as const;
