import type { practice as en } from '../en/practice.ts';

/** Spaced repetition: what practice says about due cards, and `/practice stats`. */
export const practice: Record<keyof typeof en, string> = {
  'practice.due_one': '{{count}} Karte aus diesem Deck ist jetzt fällig.',
  'practice.due_other': '{{count}} Karten aus diesem Deck sind jetzt fällig.',
  'practice.dueWithNext_one': '{{count}} Karte aus diesem Deck ist jetzt fällig; die nächste ist {{date}} fällig.',
  'practice.dueWithNext_other': '{{count}} Karten aus diesem Deck sind jetzt fällig; die nächste ist {{date}} fällig.',
  'practice.early': 'Gerade ist nichts fällig und du hast jede Frage schon gesehen, deshalb kommt diese Karte früher: Sie ist {{date}} fällig.',
  'practice.statsTitle': 'Dein Übungsstand',
  'practice.statsEmpty': 'Du hast noch keine Karten. Beantworte eine Frage oder fang mit {{practice}} an.',
  'practice.statsDeck': '{{learned}} gelernt, {{due}} jetzt fällig, {{retention}}',
  'practice.retention': '{{share}} gewusst in den letzten {{days}} Tagen',
  'practice.noReviews': 'keine Wiederholungen in den letzten {{days}} Tagen',
};
