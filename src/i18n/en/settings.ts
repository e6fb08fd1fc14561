/** `/settings`: a server's own language, quiz defaults and reveal threads. */
export const settings = {
  'settings.title': 'Settings',
  /** `{{settings}}` is the settings command. */
  'settings.current': 'These apply to everyone here. Admins change them with {{settings}}; “default” means the bot’s configuration applies.',
  'settings.saved': 'Saved. These now apply to everyone here:',
  'settings.language': 'Language',
  'settings.quizQuestions': 'Questions per quiz',
  'settings.quizSeconds': 'Time per question',
  'settings.revealInThread': 'Answers revealed in a thread',
  /** A setting nobody chose: `{{value}}` is what applies. */
  'settings.default': '{{value}} (default)',
  'settings.questions_one': '{{count}} question',
  'settings.questions_other': '{{count}} questions',
  'settings.seconds_one': '{{count}} second',
  'settings.seconds_other': '{{count}} seconds',
  'settings.on': 'on',
  'settings.off': 'off',
  'settings.languageName.en': 'English',
  'settings.languageName.de': 'German',
  /** `{{choices}}` lists the languages by name ("English and German"). */
  'settings.badLanguage': 'I don’t speak “{{value}}” yet. The languages I speak: {{choices}}.',
  'settings.badQuestions': 'Questions per quiz must be a whole number from {{min}} to {{max}}.',
  'settings.badSeconds': 'Time per question must be a whole number of seconds from {{min}} to {{max}}.',
} as const;
