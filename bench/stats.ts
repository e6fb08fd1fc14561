/** Percentiles and timing helpers shared by the benchmarks. */

export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Rounds for printing: three significant decimals are plenty for these figures. */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function summary(samplesMs: number[]): { p50: number; p99: number; max: number; samples: number } {
  return { p50: round(percentile(samplesMs, 50)), p99: round(percentile(samplesMs, 99)), max: round(percentile(samplesMs, 100)), samples: samplesMs.length };
}

export const nowMs = (): number => performance.now();
