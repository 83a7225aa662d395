/** Summary statistics for benchmark samples (milliseconds, bytes, …). */
export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0–100) of ascending samples, interpolating linearly
 * between the two nearest ranks (the spreadsheet PERCENTILE.INC definition).
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = (clamped / 100) * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sortedAscending[lower]!;
  const high = sortedAscending[upper]!;
  return low + (high - low) * (rank - lower);
}

/** Null for no samples, so a missing measurement is never shown as zero. */
export function summarize(samples: readonly number[]): Summary | null {
  const finite = samples.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

/** How many times larger `later` is than `earlier`; null when either is unknown or the base is zero. */
export function growth(earlier: number | null | undefined, later: number | null | undefined): number | null {
  if (earlier === null || earlier === undefined || later === null || later === undefined) return null;
  if (!Number.isFinite(earlier) || !Number.isFinite(later) || earlier === 0) return null;
  return later / earlier;
}
