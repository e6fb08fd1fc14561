import { type RecallRating, replayReviews } from '../core/cards/spacedRepetition.ts';
import type { Store } from '../store/store.ts';

/**
 * An answer's grade changed after it was given (a reviewer's decision, a regrade): the
 * review it made of the member's card takes the new rating, and the card's schedule is
 * replayed from its reviews, so a card wrongly marked wrong does not stay due at once and
 * one wrongly marked right comes back soon. Call inside the transaction that changes the grade.
 * Answers from before cards existed have no review to change.
 */
export function rerateCard(store: Store, a: { userId: number; deck: string; question: number; answeredAt: number }, rating: RecallRating): void {
  const review = store.cards.reviewOfAnswer(a.userId, a.deck, a.question, a.answeredAt);
  if (!review || review.rating === rating) return;
  const reviews = review.all.map((r) => (r.id === review.reviewId ? { ...r, rating } : r));
  store.cards.rerate(review.cardId, review.reviewId, rating, replayReviews(reviews)!);
}
