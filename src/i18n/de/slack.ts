import type { slack as en } from '../en/slack.ts';

/** Die eigenen Worte des Slack-Adapters: Antwortfenster, App-Startseite, abgelehnte Dateien, Beschriftungen. */
export const slack: Record<keyof typeof en, string> = {
  'slack.closes': 'Endet {{date}}',
  'slack.continued': '(Fortsetzung)',
  'slack.shortened': '(gekürzt)',
  'slack.modalTitle': 'Deine Antwort',
  'slack.modalSubmit': 'Absenden',
  'slack.modalCancel': 'Abbrechen',
  'slack.modalInputLabel': 'Antwort',
  'slack.modalPlaceholder': 'Schreib deine Antwort in eigenen Worten',
  'slack.emptyAnswer': 'Bitte schreib zuerst eine Antwort.',
  'slack.appealTitle': 'Einspruch einlegen',
  'slack.appealSubmit': 'Einspruch senden',
  'slack.appealReason': 'Warum sollte die Bewertung anders sein?',
  'slack.appealReasonHint': 'Eine prüfende Person liest das und entscheidet; höchstens 1.000 Zeichen.',
  'slack.emptyReason': 'Schreib bitte zuerst, warum.',
  'slack.reviewTitle.correct': 'Als richtig werten',
  'slack.reviewTitle.partial': 'Teilweise richtig',
  'slack.reviewTitle.incorrect': 'Als falsch werten',
  'slack.reviewSubmit': 'Entscheiden',
  'slack.reviewNote': 'Notiz für das Mitglied (optional)',
  'slack.reviewNoteHint': 'Kommt mit der neuen Bewertung zum Mitglied und bleibt im Prüfprotokoll.',
  'slack.homeEmpty': 'Hier gibt es noch nichts zu sehen. Starte ein Quiz mit {{start}}.',
  'slack.fileTooLarge': '„{{name}}“ ist größer als {{maxMb}} MB und wurde deshalb nicht importiert.',
  'slack.fileUnreadable': '„{{name}}“ ließ sich nicht von Slack herunterladen. Bitte teile die Datei noch einmal.',
};
