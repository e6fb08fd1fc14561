import type { season as en } from '../en/season.ts';

export const season: Record<keyof typeof en, string> = {
  'season.arg.name': 'Name',
  'season.arg.length': 'week|month|JJJJ-MM-TT',
  'season.badLength': '„{{input}}“ ist keine Saisonlänge. Möglich sind week, month oder ein Enddatum wie 2026-06-30.',
  'season.lengthOrEnd': 'Wähle eine Dauer oder ein Enddatum, nicht beides.',
  'season.badName': 'Ein Saisonname hat 1 bis {{max}} Zeichen.',
  'season.defaultName': 'Saison {{number}}',
  'season.started': 'Die Saison „{{name}}“ hat begonnen. {{leaderboard}} zeigt jetzt ihre Bestenliste.',
  'season.startedUntil': 'Die Saison „{{name}}“ hat begonnen und läuft bis {{end}}. {{leaderboard}} zeigt jetzt ihre Bestenliste.',
  'season.alreadyRunning': 'Die Saison „{{name}}“ läuft noch. Beende sie mit {{seasonEnd}}, bevor du eine neue startest.',
  'season.noneRunning': 'Gerade läuft keine Saison. Starte eine mit {{seasonStart}}.',
  'season.noSeason': 'Es gab noch keine Saison. Ein Admin kann eine mit {{seasonStart}} starten.',
  'season.endInPast': 'Das Enddatum {{date}} ist schon vorbei. Wähle ein späteres Datum.',
  'season.ended': 'Die Saison „{{name}}“ ist beendet.',
  'season.endedPosted': 'Die Saison „{{name}}“ ist beendet. Ihre Abschlusstabelle steht in {{channel}}.',
  'season.finalTitle': 'Abschlusstabelle: Saison „{{name}}“',
  'season.period': 'Saison „{{name}}“',
} as const;
