import type { daily as en } from '../en/daily.ts';

export const daily: Record<keyof typeof en, string> = {
  'daily.channel': '{{channel}}',
  'daily.noSchedule': 'In diesem Kanal gibt es noch keine Tagesfrage. Richte eine mit {{dailySetup}} ein.',
  'daily.setUp': 'Tagesfrage für {{channel}} eingerichtet: täglich um {{time}} {{zone}}, Deck „{{deck}}“. Nächster Post: {{next}}.',
  'daily.paused': 'Die Tagesfrage in {{channel}} ist pausiert. Mit {{dailyResume}} geht es weiter.',
  'daily.resumed': 'Die Tagesfrage in {{channel}} läuft wieder. Nächster Post: {{next}}.',
  'daily.statusTitle': 'Status der Tagesfragen',
  'daily.statusIntro': 'Tagesfragen hier:',
  'daily.statusPaused': 'Pausiert',
  'daily.statusNext': 'Nächster Post: {{at}}',
  'daily.statusEvery': 'Täglich um {{time}} {{zone}} · Deck „{{deck}}“ · Frage {{position}} von {{total}} in dieser Runde',
  'daily.statusLast': 'Letzter Post: {{at}}',
  'daily.statusNever': 'Letzter Post: noch keiner',
  'daily.statusFailing_one': '⚠ Fehler: {{count}} gescheiterter Versuch; letzter Fehler: {{error}}',
  'daily.statusFailing_other': '⚠ Fehler: {{count}} gescheiterte Versuche; letzter Fehler: {{error}}',
  'daily.unknownError': 'unbekannt',
  'daily.noQuestions': 'Ich konnte nicht in {{channel}} posten: Das Deck hat keine Fragen.',
  'daily.posted': 'Frage {{number}} in {{channel}} gepostet.',
  'daily.skipped': 'Die nächste Frage wird übersprungen; die darauf folgende kommt am {{at}}.',
};
