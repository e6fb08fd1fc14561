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
  'slack.homeEmpty': 'Hier gibt es noch nichts zu sehen. Starte ein Quiz mit {{start}}.',
  'slack.fileTooLarge': '„{{name}}“ ist größer als {{maxMb}} MB und wurde deshalb nicht importiert.',
  'slack.fileUnreadable': '„{{name}}“ ließ sich nicht von Slack herunterladen. Bitte teile die Datei noch einmal.',
};
