import type { practice as en } from '../en/practice.ts';

/** Spaced repetition: what practice says about due cards, and `/practice stats`. */
export const practice: Record<keyof typeof en, string> = {
  'practice.due_one': '{{count}} Karte aus diesem Deck ist jetzt fällig.',
  'practice.due_other': '{{count}} Karten aus diesem Deck sind jetzt fällig.',
  'practice.dueWithNext_one': '{{count}} Karte aus diesem Deck ist jetzt fällig; die nächste ist {{date}} fällig.',
  'practice.dueWithNext_other': '{{count}} Karten aus diesem Deck sind jetzt fällig; die nächste ist {{date}} fällig.',
  'practice.dueLaterToday_one': 'Heute wird noch {{count}} weitere fällig ({{zone}}).',
  'practice.dueLaterToday_other': 'Heute werden noch {{count}} weitere fällig ({{zone}}).',
  'practice.early': 'Gerade ist nichts fällig und du hast jede Frage schon gesehen, deshalb kommt diese Karte früher: Sie ist {{date}} fällig.',
  'practice.statsTitle': 'Dein Übungsstand',
  'practice.statsEmpty': 'Du hast noch keine Karten. Beantworte eine Frage oder fang mit {{practice}} an.',
  'practice.statsDeck': '{{learned}} gelernt, {{due}} jetzt fällig, {{retention}}',
  'practice.retention': '{{share}} gewusst in den letzten {{days}} Tagen',
  'practice.noReviews': 'keine Wiederholungen in den letzten {{days}} Tagen',
  'practice.arg.remind': 'HH:MM|off',
  'practice.remindSet': 'An Tagen, an denen Karten fällig sind, schicke ich dir um {{time}} ({{zone}}) eine private Nachricht. Die nächste Prüfung ist {{next}}.',
  'practice.remindZoneKept': 'Du hast keine Zeitzone angegeben, deshalb bleibt deine letzte: {{zone}}.',
  'practice.remindZoneDefault': 'Du hast keine Zeitzone angegeben, deshalb gilt {{zone}}; schreib deine hinter die Uhrzeit, z. B. Europe/Berlin.',
  'practice.remindOff': 'Übungserinnerungen sind aus. Mit {{remind}} schaltest du sie wieder ein.',
  'practice.reminder_one': 'Du hast heute {{count}} fällige Übungskarte. Üb mit {{practice}}; mit {{remind}} `off` stellst du diese Nachrichten ab.',
  'practice.reminder_other': 'Du hast heute {{count}} fällige Übungskarten. Üb mit {{practice}}; mit {{remind}} `off` stellst du diese Nachrichten ab.',
};
