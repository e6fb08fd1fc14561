import type { quiz as en } from '../en/quiz.ts';

export const quiz: Record<keyof typeof en, string> = {
  'quiz.label': 'Quiz {{position}}/{{total}}',
  'quiz.started_one': '{{name}} hat ein Quiz gestartet: {{count}} Frage, je {{seconds}} Sek.',
  'quiz.started_other': '{{name}} hat ein Quiz gestartet: {{count}} Fragen, je {{seconds}} Sek.',
  'quiz.running': 'In diesem Kanal läuft schon ein Quiz. Beende es mit {{quizStop}} oder warte, bis es vorbei ist.',
  'quiz.none': 'In diesem Kanal läuft gerade kein Quiz.',
  'quiz.notYours': 'Nur wer das Quiz gestartet hat oder ein Admin kann es beenden.',
  'quiz.standingLine': '{{rank}}. {{name}}: {{points}}',
  'quiz.nobodyAnswered': 'Niemand hat geantwortet.',
  'quiz.stoppedTitle': 'Quiz beendet',
  'quiz.overTitle': 'Quiz vorbei: Endstand',
};
