/** Spaced repetition: what practice says about due cards, and `/practice stats`. */
export const practice = {
  'practice.due_one': '{{count}} card of this deck is due now.',
  'practice.due_other': '{{count}} cards of this deck are due now.',
  'practice.dueWithNext_one': '{{count}} card of this deck is due now; the next one is due {{date}}.',
  'practice.dueWithNext_other': '{{count}} cards of this deck are due now; the next one is due {{date}}.',
  'practice.early': 'Nothing is due and you have seen every question, so this card comes early: it is due {{date}}.',
  'practice.statsTitle': 'Your practice',
  'practice.statsEmpty': 'You have no cards yet. Answer a question, or start with {{practice}}.',
  'practice.statsDeck': '{{learned}} learned, {{due}} due now, {{retention}}',
  'practice.retention': '{{share}} recalled in the last {{days}} days',
  'practice.noReviews': 'no reviews in the last {{days}} days',
};
