/**
 * Spaces calls per key (a channel) at least `intervalMs` apart, in call order:
 * Slack allows about one message per second per channel.
 */
export class ChannelThrottle {
  private readonly nextAt = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const now = this.now();
    const at = Math.max(now, this.nextAt.get(key) ?? 0);
    this.nextAt.set(key, at + this.intervalMs);
    if (this.nextAt.size > 1000) this.prune(now);
    if (at > now) await this.sleep(at - now);
    return fn();
  }

  private prune(now: number): void {
    for (const [key, at] of this.nextAt) if (at <= now) this.nextAt.delete(key);
  }
}
