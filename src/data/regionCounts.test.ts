import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Measure } from '../model';
import type { Filters } from '../store/filters';
import { measureMatches } from './filterArticles';
import { countRegions, countRegionsInSelection, type RegionCount } from './regionCounts';
import { scopesOfList } from './regionScope';
import { collectionArb, measureFiltersArb, selectedOf } from './summaryArbitrary';

/** Region counts worked out article object by article object: the reference the column-based count is checked against. */
function countRegionsByObjects(
  articles: readonly ArticleSummary[],
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes?: readonly string[],
): Map<string, RegionCount> {
  const tallies = new Map<string, RegionCount & { lastArticle: number }>((codes ?? []).map((code) => [code, { articles: 0, measures: 0, lastArticle: -1 }]));
  articles.forEach((article, index) => {
    const touch = (scope: string) => {
      let entry = tallies.get(scope);
      if (!entry) {
        if (codes) return null;
        tallies.set(scope, (entry = { articles: 0, measures: 0, lastArticle: -1 }));
      }
      if (entry.lastArticle !== index) {
        entry.lastArticle = index;
        entry.articles++;
      }
      return entry;
    };
    for (const scope of scopesOfList(article.primaryRegions)) touch(scope);
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      for (const scope of scopesOfList(measure.regionCodes.length > 0 ? measure.regionCodes : article.primaryRegions.slice(0, 1))) {
        const entry = touch(scope);
        if (entry) entry.measures++;
      }
    }
  });
  return new Map([...tallies].map(([scope, { articles: count, measures }]) => [scope, { articles: count, measures }]));
}

const sortedEntries = (counts: Map<string, RegionCount>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

function article(id: string, primaryRegions: string[], measures: Array<Partial<Measure>> = []): Article {
  return {
    id,
    primaryRegions,
    measures: measures.map((measure) => ({ category: 'lockdown', direction: 'tighten', regionCodes: [], ...measure })),
  } as unknown as Article;
}

const articles = [
  article('beijing', ['110105'], [{ regionCodes: ['110105'] }, { regionCodes: ['110108'], direction: 'relax' }]),
  article('korla', ['652801'], [{}, { regionCodes: ['650100'] }]),
  article('shihezi', ['659001']),
];
const noFilters = { categories: [], directions: [] };

describe('countRegions', () => {
  it('counts municipal districts, which the store folds into 110100', () => {
    const counts = countRegions(articles, noFilters, ['110105', '110108', '110101']);
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110101')).toEqual({ articles: 0, measures: 0 });
  });

  it('counts the same for chosen regions as for all of them, including province-administered cities', () => {
    const codes = ['652800', '650100', '659001', '650000'];
    const chosen = countRegions(articles, noFilters, codes);
    const all = countRegions(articles, noFilters);
    for (const code of codes) expect(chosen.get(code)).toEqual(all.get(code));
    expect(chosen.get('659001')).toEqual({ articles: 1, measures: 0 });
    expect(all.get('650000')).toEqual({ articles: 2, measures: 2 });
  });

  it('applies the measure filters', () => {
    const counts = countRegions(articles, { categories: [], directions: ['relax'] }, ['110105', '110108']);
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 0 });
  });
});

describe('countRegionsInSelection', () => {
  it('counts like the article-by-article reference for any selection and measure filter', () => {
    fc.assert(
      fc.property(collectionArb(), measureFiltersArb, fc.boolean(), ({ articles, mask }, filters, chosen) => {
        const codes = chosen ? ['650000', '650100', '110105', '100000', '440000', 'bogus'] : undefined;
        const actual = countRegionsInSelection(articles, mask, filters, codes);
        const expected = countRegionsByObjects(selectedOf(articles, mask), filters, codes);
        expect(sortedEntries(actual)).toEqual(sortedEntries(expected));
      }),
      { numRuns: 300 },
    );
  });
});
