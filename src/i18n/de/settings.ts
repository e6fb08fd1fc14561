import type { settings as en } from '../en/settings.ts';

/** `/settings`: Sprache, Quiz-Vorgaben und Auflösungen im Thread eines Servers. */
export const settings: Record<keyof typeof en, string> = {
  'settings.title': 'Einstellungen',
  'settings.current': 'Das gilt hier für alle. Admins ändern es mit {{settings}}; „Standard“ heißt, es gilt die Konfiguration des Bots.',
  'settings.saved': 'Gespeichert. Ab jetzt gilt hier für alle:',
  'settings.language': 'Sprache',
  'settings.quizQuestions': 'Fragen pro Quiz',
  'settings.quizSeconds': 'Zeit pro Frage',
  'settings.revealInThread': 'Auflösung im Thread',
  'settings.default': '{{value}} (Standard)',
  'settings.questions_one': '{{count}} Frage',
  'settings.questions_other': '{{count}} Fragen',
  'settings.seconds_one': '{{count}} Sekunde',
  'settings.seconds_other': '{{count}} Sekunden',
  'settings.on': 'an',
  'settings.off': 'aus',
  'settings.languageName.en': 'Englisch',
  'settings.languageName.de': 'Deutsch',
  'settings.badLanguage': '„{{value}}“ spreche ich noch nicht. Ich spreche {{choices}}.',
  'settings.badQuestions': 'Die Zahl der Fragen pro Quiz muss eine ganze Zahl von {{min}} bis {{max}} sein.',
  'settings.badSeconds': 'Die Zeit pro Frage muss eine ganze Zahl von {{min}} bis {{max}} Sekunden sein.',
};
