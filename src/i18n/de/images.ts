import type { images as en } from '../en/images.ts';

export const images: Record<keyof typeof en, string> = {
  'images.statsTitle': 'Fortschritt: {{name}}',
  'images.points': 'Punkte',
  'images.answers_one': '{{count}} Antwort',
  'images.answers_other': '{{count}} Antworten',
  'images.accuracy': 'Trefferquote',
  'images.accuracyNote': 'im Schnitt',
  'images.streak': 'Serie',
  'images.bestStreak': 'beste {{best}}',
  'images.rank': 'Platz',
  'images.rankValue': '{{rank}}.',
  'images.rankNote': 'insgesamt',
  'images.chartTitle': 'Trefferquote der letzten {{days}} Tage',
  'images.chartNoAnswers': 'Keine Antworten in diesen Tagen',
  'images.day': '{{date}}',
  'images.percent': '{{share}}',
  'images.number': '{{value}}',
  'images.boardEmpty': 'Noch keine Antworten.',
  'images.boardYou': 'Du: Platz {{rank}} mit {{points}}',
  'images.saveFailed': 'Das Bild konnte nicht als {{path}} gespeichert werden. Prüfe, ob es den Ordner gibt und ob du dort schreiben darfst.',
  'images.saved': 'Bild gespeichert: {{path}}',
};
