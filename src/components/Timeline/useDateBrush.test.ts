import { describe, expect, it } from 'vitest';
import { createTimeScale } from './timeScale';
import { pixelsToRange, rangeToPixels } from './useDateBrush';

const scale = createTimeScale([Date.UTC(2022, 7, 1), Date.UTC(2022, 8, 1)], 310);

describe('brush ↔ date range', () => {
  it('covers whole days, the last one included', () => {
    expect(rangeToPixels(scale, '2022-08-02', '2022-08-03')).toEqual([10, 30]);
    expect(pixelsToRange(scale, [10, 30])).toEqual(['2022-08-02', '2022-08-03']);
  });

  it('snaps a drag to whole days, at least one', () => {
    expect(pixelsToRange(scale, [12, 14])).toEqual(['2022-08-02', '2022-08-02']);
  });

  it('reaches the edges for open ends and hides when out of view', () => {
    expect(rangeToPixels(scale, '2022-08-30', null)).toEqual([290, 310]);
    expect(rangeToPixels(scale, null, null)).toBeNull();
    expect(rangeToPixels(scale, '2023-01-01', '2023-02-01')).toBeNull();
  });
});
