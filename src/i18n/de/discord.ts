import type { discord as en } from '../en/discord.ts';

/** Die eigenen Worte des Discord-Adapters: Fehler, das Antwortfenster, Beschriftungen. */
export const discord: Record<keyof typeof en, string> = {
  'discord.guildOnly': 'quizbot funktioniert nur auf einem Server: Füge den Bot einem Server hinzu und nutze die Befehle dort.',
  'discord.unknownCommand': 'Diesen Befehl kennt diese quizbot-Version nicht. Bitte jemanden mit Adminrechten, `quizbot commands register` auszuführen.',
  'discord.unknownButton': 'Dieser Button ist nicht mehr aktiv.',
  'discord.closes': 'Endet',
  'discord.shortened': '(gekürzt)',
  'discord.answerLabel': 'Deine Antwort',
  'discord.fileTooLarge': 'Die Datei ist größer als {{maxMb}} MB. Teile das Deck bitte auf kleinere Dateien auf.',
  'discord.downloadFailed': 'Der Anhang ließ sich nicht von Discord herunterladen. Versuch den Import bitte noch einmal.',
};
