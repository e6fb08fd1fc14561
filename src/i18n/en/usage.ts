/** Text commands: usage lines, argument placeholders and what is wrong with typed input. */
export const usage = {
  'usage.line': 'Usage: {{line}}',
  'usage.lines': 'Usage:\n{{lines}}',
  'usage.unknownCommand': 'I don\'t know "{{word}}". Commands:\n{{lines}}',
  // A usage line is the command, then its arguments: [optional], <required>, formats as they are.
  'usage.command': '{{command}}',
  'usage.then': '{{first}} {{rest}}',
  'usage.optional': '[{{arg}}]',
  'usage.required': '<{{arg}}>',
  'usage.arg.answer': 'your answer',
  'usage.arg.deck': 'deck',
  'usage.arg.questions': 'questions',
  'usage.arg.seconds': 'seconds',
  'usage.arg.member': '@member',
  'usage.arg.channel': '#channel',
  'usage.arg.time': 'HH:MM',
  'usage.arg.timezone': 'Area/City',
  'usage.arg.file': 'file',
  'usage.arg.setting': 'setting',
  'usage.arg.number': 'N',

  'usage.badTime': '"{{input}}" is not a time. Use 24-hour HH:MM, e.g. 09:30.',
  'usage.badTimezone': '"{{input}}" is not a timezone I know. Use an IANA name such as Europe/Berlin or America/New_York.',
  'usage.badPeriod': '"{{input}}" is not a period. Use today, week, month, season or all.',
  'usage.badQuestions': 'The number of questions must be a whole number from {{min}} to {{max}}.',
  'usage.badSeconds': 'Seconds per question must be a whole number from {{min}} to {{max}}.',
  'usage.badDeckName': 'A deck name has at most {{max}} characters.',
  'usage.badChannel': '"{{input}}" is not a channel. Type # and pick the channel.',
  'usage.badUser': '"{{input}}" is not a member. Type @ and pick their name.',
  'usage.badLanguage': '"{{input}}" is not a language I speak. Use {{choices}}.',
  'usage.badOnOff': 'Use on or off here, not "{{input}}".',
  'usage.badSetting': '"{{input}}" is not a setting. Settings: {{choices}}.',

  'usage.deckImportTitle': 'Import a deck',
  'usage.deckImportInDm':
    'Open a direct message with the app and share the deck file there (Markdown `.md`/`.txt`, YAML, JSON or CSV, up to {{maxMb}} MB). ' +
    'The deck is imported into this workspace and I reply with what I found.',
  'usage.fileUnreadable': 'I cannot read {{file}}. Check the path and try again.',
} as const;
