import type { grade as en } from '../en/grade.ts';

/** Rückmeldung des Bewerters zu einer Antwort. `{{points}}` zählt Kernpunkte aus dem Deck auf. */
export const grade: Record<keyof typeof en, string> = {
  'grade.reason.empty': 'Keine Antwort gegeben.',
  'grade.reason.idk': 'Für „Weiß ich nicht“ gibt es keine Punkte – trau dich beim nächsten Mal und rate einfach.',
  'grade.reason.injection': 'Keine Punkte: Du versuchst, dem Bewerter die Punktzahl vorzuschreiben.',
  'grade.reason.copy': 'Keine Punkte: Das wiederholt nur die Frage.',
  'grade.reason.keywordDump': 'Keine Punkte: Eine bloße Liste von Begriffen erklärt weder warum noch wie.',
  'grade.reason.contradiction': 'Keine Punkte: Du behauptest das Gegenteil dessen, was erwartet wird.',
  'grade.reason.bothVerdicts': 'Keine Punkte: Du sagst zugleich Ja und Nein.',
  'grade.reason.offTopic': 'Keine Punkte: Deine Antwort geht am Thema vorbei.',

  'grade.withOpposite': '{{grade}} Genau das Gegenteil sagst du zu: {{points}}.',
  'grade.inOtherWords': 'Richtig: Du sagst mit eigenen Worten, was die Musterantwort sagt.',
  'grade.closeButNotAll': 'Teilweise richtig: nah an der Musterantwort, aber nicht vollständig.',
  'grade.noneFound_one': 'Der Kernpunkt fehlt.',
  'grade.noneFound_other': 'Keiner der {{count}} Kernpunkte wurde genannt.',
  'grade.allPoints_one': 'Der Kernpunkt: {{points}}.',
  'grade.allPoints_other': 'Alle {{count}} Kernpunkte: {{points}}.',
  'grade.correctSome_one': 'Richtig – {{matched}} von {{count}} Kernpunkt: {{points}}.',
  'grade.correctSome_other': 'Richtig – {{matched}} von {{count}} Kernpunkten: {{points}}.',
  'grade.somePoints_one': '{{matched}} von {{count}} Kernpunkt: {{points}}.',
  'grade.somePoints_other': '{{matched}} von {{count}} Kernpunkten: {{points}}.',
  'grade.somePointsNeeded_one': '{{matched}} von {{count}} Kernpunkt ({{needed}} nötig): {{points}}.',
  'grade.somePointsNeeded_other': '{{matched}} von {{count}} Kernpunkten ({{needed}} nötig): {{points}}.',

  'grade.likeAccepted': 'Richtig: bewertet wie eine Antwort, die im Prüfteam als richtig anerkannt wurde. Für sich allein fand der Bewerter: {{grade}}',
  'grade.likePartial': 'Teilweise richtig: bewertet wie eine Antwort, die im Prüfteam Teilpunkte bekam. Für sich allein fand der Bewerter: {{grade}}',
  'grade.likeRejected': 'Nicht richtig: bewertet wie eine Antwort, die im Prüfteam als falsch bewertet wurde. Für sich allein fand der Bewerter: {{grade}}',

  'grade.correct': 'Richtig.',
  'grade.notExpected': 'Das ist nicht die erwartete Antwort.',
  'grade.someOptions_one': '{{right}} von {{count}} richtigen Option gewählt.',
  'grade.someOptions_other': '{{right}} von {{count}} richtigen Optionen gewählt.',
  'grade.noOption': 'Keine Option erkannt: Antworte mit dem Buchstaben, der Nummer oder dem Text der Option.',
  'grade.wrongOption': 'Das ist nicht die richtige Option.',
};
