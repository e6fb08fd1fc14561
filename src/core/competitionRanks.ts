/**
 * Ranks of a board sorted by points, highest first, as scoreboards count them: equal points
 * share a rank, and the next rank skips as many places as shared it (1, 1, 3). The same rank
 * as "one plus the members with more points", which /stats and "You: #n" show.
 */
export function competitionRanks(pointsHighestFirst: readonly number[]): number[] {
  const ranks: number[] = [];
  pointsHighestFirst.forEach((p, i) => ranks.push(i > 0 && p === pointsHighestFirst[i - 1] ? ranks[i - 1]! : i + 1));
  return ranks;
}
