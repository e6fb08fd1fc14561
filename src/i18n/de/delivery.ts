import type { delivery as en } from '../en/delivery.ts';

export const delivery: Record<keyof typeof en, string> = {
  'delivery.notConnected': 'Ich kann nicht in {{channel}} posten: Ich bin gerade nicht mit dieser Chat-Plattform verbunden. Ich versuche es noch einmal; wenn das so bleibt, bitte die Person, die mich betreibt, meine Verbindung zu prüfen.',
  'delivery.noAccess': 'Ich kann nicht in {{channel}} posten: Ich darf dort nicht schreiben. Füg mich dem Kanal hinzu und erlaub mir, ihn zu sehen und Nachrichten zu senden – oder wähl mit {{dailySetup}} einen anderen Kanal.',
  'delivery.channelGone': 'Ich kann nicht in {{channel}} posten: Der Kanal wurde gelöscht oder archiviert, oder ich wurde daraus entfernt. Wähl mit {{dailySetup}} einen anderen Kanal.',
  'delivery.rateLimited': 'Ich kann gerade nicht in {{channel}} posten: Die Chat-Plattform bremst mich, weil ich zu viel auf einmal geschickt habe. Ich versuche es gleich noch einmal.',
  'delivery.unreachable': 'Ich erreiche die Chat-Plattform gerade nicht und konnte deshalb nicht in {{channel}} posten; vermutlich hat sie gerade Probleme. Ich versuche es noch einmal.',
  'delivery.other': 'Ich konnte nicht in {{channel}} posten. Prüf bitte, ob ich den Kanal sehen und dort schreiben darf, oder wähl mit {{dailySetup}} einen anderen Kanal.',
  'delivery.withDetail': '{{reason}} (Fehlerdetails: {{detail}})',
};
