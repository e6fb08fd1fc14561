import type { help as en } from '../en/help.ts';

export const help: Record<keyof typeof en, string> = {
  'help.title': 'quizbot-Hilfe',
  'help.intro': '**quizbot**: Übe Fragen mit deiner Gruppe; Antworten werden Kernpunkt für Kernpunkt bewertet.',
  'help.answer': '**{{answer}}** `Text`: die offene Frage beantworten (privat; Ergebnisse bei der Auflösung)',
  'help.quiz': '**{{quizStart}}** `[Deck] [Fragen] [Sekunden]`: ein Quiz mit Zeitlimit in diesem Kanal · **{{quizStop}}**',
  'help.practice': '**{{practice}}** `[Deck]`: eine private Übungsfrage, Lösung sofort · **{{practiceStats}}**: deine Karten und wie viel du behältst, pro Deck · **{{practiceRemind}}** `HH:MM [Region/Stadt]|off`: eine private Nachricht an Tagen mit fälligen Karten',
  'help.leaderboard': '**{{leaderboard}}** `[today|week|month|season|all] [Deck] [image]`: die Top 10 und dein Platz (ohne Zeitraum: die laufende Saison); image: als Bild',
  'help.stats': '**{{stats}}** `[Mitglied] [image]`: Punkte, Antworten, Trefferquote, Serien, Platz; image: als Karte mit der Trefferquote der letzten 30 Tage',
  'help.daily': '**{{dailySetup}}** `Kanal HH:MM Region/Stadt [Deck]`, {{dailyPause}} · {{dailyResume}} · {{dailyNow}} · {{dailyStatus}} · {{dailySkip}} (Admins)',
  'help.deck': '{{deckList}} · {{deckShow}} · {{deckImport}} · {{deckUse}} · {{deckRemove}} (import, use und remove: nur Admins)',
  'help.settings': '**{{settings}}** `[Sprache] [Fragen] [Sekunden]`: Sprache und Quiz-Vorgaben dieses Servers; ohne Angaben zeigt es sie an (Admins)',
  'help.season': '**{{seasonStart}}** `[Name] [week|month|JJJJ-MM-TT]` · {{seasonEnd}}: eine Saison mit eigener Rangliste; am Ende werden die Top 10 gepostet (Admins)',
  'help.status': '**{{status}}**: Prozesse, Shards, Datenbankgröße und letzter Lauf des Zeitplaners (Admins)',
};
