import type { discord as en } from '../en/discord.ts';

/** Die eigenen Worte des Discord-Adapters: Fehler, das Antwortfenster, Beschriftungen. */
export const discord: Record<keyof typeof en, string> = {
  'discord.guildOnly': 'quizbot funktioniert nur auf einem Server: Füge den Bot einem Server hinzu und nutze die Befehle dort.',
  'discord.unknownCommand': 'Diesen Befehl kennt diese quizbot-Version nicht. Bitte jemanden mit Adminrechten, `quizbot commands register` auszuführen.',
  'discord.unknownButton': 'Dieser Button ist nicht mehr aktiv.',
  'discord.closes': 'Endet',
  'discord.shortened': '(gekürzt)',
  'discord.answerLabel': 'Deine Antwort',
  'discord.appealTitle': 'Einspruch gegen die Bewertung',
  'discord.appealReason': 'Warum sollte die Bewertung anders sein?',
  'discord.appealReasonHint': 'Eine prüfende Person liest das und entscheidet; höchstens 1.000 Zeichen.',
  'discord.reviewTitle.correct': 'Als richtig werten',
  'discord.reviewTitle.partial': 'Als teilweise richtig werten',
  'discord.reviewTitle.incorrect': 'Als falsch werten',
  'discord.reviewNote': 'Notiz für das Mitglied (optional)',
  'discord.reviewNoteHint': 'Kommt mit der neuen Bewertung zum Mitglied und bleibt im Prüfprotokoll.',
  'discord.fileTooLarge': 'Die Datei ist größer als {{maxMb}} MB. Teile das Deck bitte auf kleinere Dateien auf.',
  'discord.downloadFailed': 'Der Anhang ließ sich nicht von Discord herunterladen. Versuch den Import bitte noch einmal.',
};
