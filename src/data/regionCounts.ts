import type { ArticleSummary } from '../model';
import type { Filters } from '../store/filters';
import { measureMatches } from './filterArticles';
import { scopesOf } from './regionScope';

export interface RegionCount {
  articles: number;
  measures: number;
}

export const NO_COUNT: RegionCount = { articles: 0, measures: 0 };

/**
 * Articles and measures per region: an article counts once for each region it
 * is about or has measures in; a measure once per region it applies to (two
 * cities of one province are one measure there); a measure naming no region
 * belongs to the article's first primary region. With `codes`, only those
 * regions are counted (and all of them appear, at zero if need be).
 */
export function countRegions(
  articles: readonly Pick<ArticleSummary, 'primaryRegions' | 'measures'>[],
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes?: readonly string[],
): Map<string, RegionCount> {
  const counts = new Map<string, RegionCount>((codes ?? []).map((code) => [code, { articles: 0, measures: 0 }]));
  const wanted = codes ? new Set(codes) : null;
  const scopes = (code: string) => (wanted ? scopesOf(code).filter((scope) => wanted.has(scope)) : scopesOf(code));
  const entry = (code: string) => {
    let count = counts.get(code);
    if (!count) counts.set(code, (count = { articles: 0, measures: 0 }));
    return count;
  };
  for (const article of articles) {
    const touched = new Set<string>();
    for (const code of article.primaryRegions) for (const scope of scopes(code)) touched.add(scope);
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      const regions = measure.regionCodes.length > 0 ? measure.regionCodes : article.primaryRegions.slice(0, 1);
      for (const scope of new Set(regions.flatMap(scopes))) {
        touched.add(scope);
        entry(scope).measures++;
      }
    }
    for (const scope of touched) entry(scope).articles++;
  }
  return counts;
}
