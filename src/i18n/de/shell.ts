import type { shell as en } from '../en/shell.ts';

/** Die eigenen Worte der Terminal-Spielwiese. */
export const shell: Record<keyof typeof en, string> = {
  'shell.intro':
    'quizbot-Spielwiese: Du bist in einem lokalen Chat-Kanal, mit derselben Engine und Datenbank wie der Bot.\n' +
    'Für Discord setze `DISCORD_TOKEN` (und registriere die Befehle mit `quizbot commands register`); für Slack setze\n' +
    '`SLACK_BOT_TOKEN` mit `SLACK_APP_TOKEN` (Socket Mode) oder `SLACK_SIGNING_SECRET` (HTTP); siehe `README.md`. Tippe {{help}}.',
  'shell.slashFirst': 'Befehle beginnen mit einem Schrägstrich. Zum Antworten schreib {{answer}} {{text}}',
  'shell.apology': 'Entschuldigung, bei mir ist etwas schiefgelaufen; der Fehler wurde protokolliert. Versuch es noch einmal oder tippe {{help}}.',
  'shell.closesAt': '(offen bis {{time}})',
  'shell.privateTo': 'Privat an {{member}}:',
  'shell.answerHint': '(antworte mit {{answer}} DEINE ANTWORT)',
  'shell.practiceHint': '(privat üben: {{practice}})',
  'shell.appealHint': '(Einspruch gegen diese Bewertung: {{appeal}} GRUND)',
  'shell.pageHint': '(Seite {{page}}: {{command}} {{page}})',
};
