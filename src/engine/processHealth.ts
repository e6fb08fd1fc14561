import type { ShardState } from '../store/processRows.ts';

export type { ShardState } from '../store/processRows.ts';

/**
 * This process as `/status` shows it: its name and the gateway shards its platforms run.
 * Platforms register a source once connected; each tick records what they report.
 */
export class ProcessHealth {
  private readonly sources: (() => readonly ShardState[])[] = [];

  constructor(
    readonly processId: string,
    readonly startedAt: number,
  ) {}

  register(source: () => readonly ShardState[]): void {
    this.sources.push(source);
  }

  shards(): ShardState[] {
    return this.sources.flatMap((s) => s());
  }
}
