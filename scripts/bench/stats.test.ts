import { describe, expect, it } from 'vitest';
import { growth, percentile, summarize } from './stats';

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBeCloseTo(5.5);
    expect(percentile(sorted, 95)).toBeCloseTo(9.55);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 100)).toBe(10);
  });

  it('returns the only sample for every percentile of one sample', () => {
    expect(percentile([42], 5)).toBe(42);
    expect(percentile([42], 95)).toBe(42);
  });

  it('is NaN for no samples and clamps out-of-range percentiles', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1, 2], 150)).toBe(2);
    expect(percentile([1, 2], -5)).toBe(1);
  });
});

describe('summarize', () => {
  it('sorts the samples itself and ignores non-finite ones', () => {
    const summary = summarize([30, 10, Number.NaN, 20, Number.POSITIVE_INFINITY]);
    expect(summary).toEqual({ n: 3, min: 10, p50: 20, p95: 29, max: 30, mean: 20 });
  });

  it('is null when nothing was measured', () => {
    expect(summarize([])).toBeNull();
    expect(summarize([Number.NaN])).toBeNull();
  });

  it('puts p95 of 30 samples between the 28th and 29th largest', () => {
    const samples = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(summarize(samples)!.p95).toBeCloseTo(28.55);
  });
});

describe('growth', () => {
  it('is the ratio of later to earlier', () => {
    expect(growth(10, 25)).toBe(2.5);
  });

  it('is null when a value is missing or the base is zero', () => {
    expect(growth(null, 3)).toBeNull();
    expect(growth(3, undefined)).toBeNull();
    expect(growth(0, 3)).toBeNull();
  });
});
