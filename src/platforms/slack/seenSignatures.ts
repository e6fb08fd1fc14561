/**
 * The signatures of the signed requests accepted lately, so that the same request sent
 * again while its timestamp is still fresh is refused. Each is forgotten once its
 * timestamp has left the window; memory is bounded by `capacity`, and when that many
 * fresh requests are remembered, new ones are refused rather than a replay let through.
 */
export class SeenSignatures {
  /** Signature -> the second after which its timestamp is too old to be accepted anyway. */
  private readonly seen = new Map<string, number>();
  private prunedAt = 0;

  constructor(
    private readonly windowSec: number,
    private readonly capacity: number,
  ) {}

  /** `new` (and now remembered), `replay`, or `full` when no more can be remembered yet. */
  remember(signature: string, timestampSec: number, nowSec: number): 'new' | 'replay' | 'full' {
    const expiry = this.seen.get(signature);
    if (expiry !== undefined && expiry >= nowSec) return 'replay';
    // Pruning once a window (or when full) keeps the cost per request constant on average.
    if (this.seen.size >= this.capacity || nowSec - this.prunedAt >= this.windowSec) this.forgetExpired(nowSec);
    if (this.seen.size >= this.capacity) return 'full';
    this.seen.set(signature, timestampSec + this.windowSec);
    return 'new';
  }

  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(nowSec: number): void {
    this.prunedAt = nowSec;
    for (const [signature, expiry] of this.seen) if (expiry < nowSec) this.seen.delete(signature);
  }
}
