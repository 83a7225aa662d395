import { describe, expect, it } from 'vitest';
import { createTimeScale } from './timeScale';
import { keepOffscreenBounds, pixelsToRange, rangeToPixels } from './useDateBrush';

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

  it('keeps a bound that lies outside the zoomed view when only the other handle moves', () => {
    const stored = { from: '2022-01-01', to: '2022-08-03' };
    const drawn = rangeToPixels(scale, stored.from, stored.to)!;
    expect(drawn[0]).toBe(0);
    const moved: [number, number] = [drawn[0], 50];
    expect(keepOffscreenBounds(scale, moved, pixelsToRange(scale, moved), stored)).toEqual(['2022-01-01', '2022-08-05']);
    // Dragged away from the edge, the brushed date wins.
    const shifted: [number, number] = [20, 50];
    expect(keepOffscreenBounds(scale, shifted, pixelsToRange(scale, shifted), stored)[0]).toBe('2022-08-03');
  });
});
