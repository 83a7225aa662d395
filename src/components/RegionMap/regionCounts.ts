import type { Article } from '../../model';
import { measureMatches } from '../../data/filterArticles';
import type { Filters } from '../../store';
import type { RegionCount } from '../../store/selectors';

export const NO_COUNT: RegionCount = { articles: 0, measures: 0 };

/**
 * Counts for arbitrary regions (a province's prefectures, or a municipality's
 * districts, which the store's per-prefecture counts cannot resolve), counted
 * the way the store counts: an article once per region it is about or has
 * measures in; a measure without regions belongs to the article's first region.
 */
export function countWithin(
  articles: readonly Article[],
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes: readonly string[],
): Map<string, RegionCount> {
  const counts = new Map<string, RegionCount>(codes.map((code) => [code, { articles: 0, measures: 0 }]));
  // The only codes that can contain `code` (see regionContains): itself, its prefecture, its province.
  const scopesOf = (code: string) =>
    [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`].filter(
      (scope, i, all) => counts.has(scope) && all.indexOf(scope) === i && (scope === code || code !== '100000'),
    );
  for (const article of articles) {
    const touched = new Set<string>();
    for (const code of article.primaryRegions) for (const scope of scopesOf(code)) touched.add(scope);
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      const regions = measure.regionCodes.length > 0 ? measure.regionCodes : article.primaryRegions.slice(0, 1);
      const scopes = new Set(regions.flatMap(scopesOf));
      for (const scope of scopes) {
        touched.add(scope);
        counts.get(scope)!.measures++;
      }
    }
    for (const scope of touched) counts.get(scope)!.articles++;
  }
  return counts;
}
