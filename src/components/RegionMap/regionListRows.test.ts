import { describe, expect, it } from 'vitest';
import { listRows, searchHits, type RegionLookup } from './regionListRows';

const lookup: RegionLookup = {
  provinces: ['140000', '620000', '650000'],
  childrenOf: (code) =>
    ({ '650000': ['650100', '652800'], '620000': ['620100', '620200'], '140000': ['140800'] })[code] ?? [],
};
const counts = new Map([
  ['100000', { articles: 1, measures: 20 }],
  ['650000', { articles: 3, measures: 5 }],
  ['620000', { articles: 2, measures: 8 }],
  ['650100', { articles: 1, measures: 1 }],
  ['652800', { articles: 2, measures: 4 }],
]);

describe('listRows', () => {
  it('sorts by the map metric and lets only regions with data expand', () => {
    const byArticles = listRows(lookup, counts, 'articles', new Map(), null);
    expect(byArticles.map((row) => row.code)).toEqual(['650000', '620000', '100000', '140000']);
    expect(byArticles.find((row) => row.code === '140000')!.expandable).toBe(false);
    const byMeasures = listRows(lookup, counts, 'measures', new Map(), null);
    expect(byMeasures[0]!.code).toBe('100000');
  });

  it('lists an opened province’s subdivisions by count', () => {
    const rows = listRows(lookup, counts, 'articles', new Map([['650000', true]]), null);
    expect(rows[0]!.children.map((child) => child.code)).toEqual(['652800', '650100']);
  });

  it('keeps search hits and opens the provinces holding matched subdivisions', () => {
    const hits = searchHits(
      [{ code: '652801', level: 'county', parent: '652800' }],
      (code) => `${code.slice(0, 2)}0000`,
    );
    const rows = listRows(lookup, counts, 'articles', new Map(), hits);
    expect(rows.map((row) => row.code)).toEqual(['650000']);
    expect(rows[0]!.expanded).toBe(true);
    expect(rows[0]!.children.map((child) => child.code)).toEqual(['652800']);
    const closed = listRows(lookup, counts, 'articles', new Map([['650000', false]]), hits);
    expect(closed[0]!.expanded).toBe(false);
  });
});
