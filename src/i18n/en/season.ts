/** Seasons: leaderboards that start afresh. */
export const season = {
  'season.arg.name': 'name',
  'season.arg.length': 'week|month|YYYY-MM-DD',
  'season.badLength': '"{{input}}" is not a season length. Use week, month or an end date like 2026-06-30.',
  'season.lengthOrEnd': 'Choose a length or an end date, not both.',
  'season.badName': 'A season name has 1 to {{max}} characters.',
  'season.defaultName': 'Season {{number}}',
  'season.started': 'Season "{{name}}" has started. {{leaderboard}} now shows its board.',
  'season.startedUntil': 'Season "{{name}}" has started and runs until {{end}}. {{leaderboard}} now shows its board.',
  'season.alreadyRunning': 'Season "{{name}}" is still running. End it with {{seasonEnd}} before starting another.',
  'season.noneRunning': 'No season is running. Start one with {{seasonStart}}.',
  'season.noSeason': 'There has been no season yet. An admin can start one with {{seasonStart}}.',
  'season.endInPast': 'The end date {{date}} has already passed. Choose a later date.',
  'season.ended': 'Season "{{name}}" has ended.',
  'season.endedPosted': 'Season "{{name}}" has ended. Its final board is posted in {{channel}}.',
  'season.finalTitle': 'Final board: season "{{name}}"',
  'season.period': 'season "{{name}}"',
} as const;
