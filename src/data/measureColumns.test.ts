import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../model';
import type { Filters } from '../store/filters';
import { measureMatches } from './filterArticles';
import { PAIR_COUNT, countCategoryArticles, measureColumns, summariseMeasureColumns, wantedPairs, type CategoryDirectionCounts } from './measureColumns';
import { collectionArb, measureFiltersArb, selectedOf } from './summaryArbitrary';

/** The measure summary worked out measure object by measure object: the reference for the column-based one. */
function summariseByObjects(articles: readonly ArticleSummary[], filters: Pick<Filters, 'categories' | 'directions'>): CategoryDirectionCounts {
  const summary: CategoryDirectionCounts = new Map();
  for (const article of articles) {
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      const entry = summary.get(measure.category) ?? { tighten: 0, relax: 0, support: 0, neutral: 0 };
      entry[measure.direction]++;
      summary.set(measure.category, entry);
    }
  }
  return summary;
}

/** Chip counts as the filter bar used to count them, article by article. */
function categoryArticlesByObjects(articles: readonly ArticleSummary[], directions: readonly MeasureDirection[]): Map<MeasureCategory, number> {
  const counts = new Map<MeasureCategory, number>();
  for (const article of articles) {
    const categories = new Set(
      article.measures.filter((measure) => directions.length === 0 || directions.includes(measure.direction)).map((measure) => measure.category),
    );
    for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b));

describe('measure columns', () => {
  it('summarise measures like the object-by-object reference', () => {
    fc.assert(
      fc.property(collectionArb(), measureFiltersArb, ({ articles, mask }, filters) => {
        const actual = summariseMeasureColumns(measureColumns(articles), mask, filters);
        expect(sorted(actual)).toEqual(sorted(summariseByObjects(selectedOf(articles, mask), filters)));
      }),
      { numRuns: 300 },
    );
  });

  it('count articles per category like the object-by-object reference', () => {
    fc.assert(
      fc.property(collectionArb(), measureFiltersArb, ({ articles, mask }, filters) => {
        const actual = countCategoryArticles(measureColumns(articles), mask, filters.directions);
        expect(sorted(actual)).toEqual(sorted(categoryArticlesByObjects(selectedOf(articles, mask), filters.directions)));
      }),
      { numRuns: 300 },
    );
  });

  it('lets every pair through without filters and only the chosen ones with them', () => {
    expect(wantedPairs({ categories: [], directions: [] }).slice(0, PAIR_COUNT).every((on) => on === 1)).toBe(true);
    const wanted = wantedPairs({ categories: ['lockdown'], directions: ['relax'] });
    expect([...wanted].filter((on) => on === 1)).toHaveLength(1);
  });
});
