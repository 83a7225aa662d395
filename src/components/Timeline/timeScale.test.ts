import { describe, expect, it } from 'vitest';
import { makeSummary } from '../../test/articleFixture';
import { clampDomain, corpusExtent, DAY, isFullExtent, MIN_SPAN, panDomain, zoomDomain, type Domain } from './timeScale';

const extent: Domain = [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)];

describe('corpusExtent', () => {
  it('pads the dated span and counts a month-precision date to the end of its month', () => {
    const articles = [
      makeSummary({ id: 'a', published: { date: '2020-01-20', precision: 'day', inferred: false, evidence: { source: 'timestamp', text: '', in: 'text', start: 0, end: 0 } } }),
      makeSummary({ id: 'b', published: { date: '2022-11', precision: 'month', inferred: false, evidence: { source: 'signature', text: '', in: 'text', start: 0, end: 0 } } }),
      makeSummary({ id: 'undated' }),
    ];
    const [start, end] = corpusExtent(articles);
    expect(start).toBeLessThan(Date.UTC(2020, 0, 20));
    expect(end).toBeGreaterThan(Date.UTC(2022, 11, 1));
    expect(start % DAY).toBe(0);
  });

  it('falls back to 2020–2022 when nothing is dated', () => {
    expect(corpusExtent([makeSummary({ id: 'x' })])).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)]);
  });
});

describe('domain arithmetic', () => {
  it('zooms in around the centre and never below the minimum span', () => {
    const zoomed = zoomDomain(extent, 2, extent);
    expect(zoomed[1] - zoomed[0]).toBeCloseTo((extent[1] - extent[0]) / 2);
    const tiny = zoomDomain(extent, 1e6, extent);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN);
  });

  it('never zooms out past the extent', () => {
    expect(zoomDomain(extent, 0.1, extent)).toEqual(extent);
    expect(isFullExtent(zoomDomain(extent, 0.5, extent), extent)).toBe(true);
  });

  it('pans and keeps the width when clamped at an edge', () => {
    const window: Domain = [extent[0] + 10 * DAY, extent[0] + 40 * DAY];
    const left = panDomain(window, -1, extent);
    expect(left).toEqual([extent[0], extent[0] + 30 * DAY]);
    const right = panDomain(window, 0.5, extent);
    expect(right[0]).toBe(extent[0] + 25 * DAY);
  });

  it('clamps a domain shifted outside the extent back in', () => {
    const clamped = clampDomain([extent[1] + DAY, extent[1] + 11 * DAY], extent);
    expect(clamped).toEqual([extent[1] - 10 * DAY, extent[1]]);
  });
});
