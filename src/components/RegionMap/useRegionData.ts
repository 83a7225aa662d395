import { useMemo } from 'react';
import { format } from '../../i18n';
import { useExplorer } from '../../store';
import { selectArticlesIgnoringRegion, selectRegionCounts, type RegionCount } from '../../store/selectors';
import type { messages } from './messages';
import { countRegions } from '../../data/regionCounts';

/**
 * Counts for the given regions under the current filters (ignoring the region
 * filter). Provinces come from the store's counts; anything below a province
 * is counted here, since municipal districts and province-administered cities
 * are not keys of the store's per-prefecture counts.
 */
export function useRegionCounts(codes: readonly string[]): ReadonlyMap<string, RegionCount> {
  const storeCounts = useExplorer(selectRegionCounts);
  const articles = useExplorer(selectArticlesIgnoringRegion);
  const categories = useExplorer((state) => state.filters.categories);
  const directions = useExplorer((state) => state.filters.directions);
  const key = codes.join(',');
  return useMemo(() => {
    const below = key === '' ? [] : key.split(',').filter((code) => !code.endsWith('0000'));
    if (below.length === 0) return storeCounts;
    const counts = new Map(storeCounts);
    for (const [code, count] of countRegions(articles, { categories, directions }, below)) counts.set(code, count);
    return counts;
  }, [key, storeCounts, articles, categories, directions]);
}

type CountMessages = (typeof messages)['en'];

export function countText(t: CountMessages, kind: 'articles' | 'measures', n: number, locale: string): string {
  const template =
    kind === 'articles' ? (n === 1 ? t.articleCountOne : t.articleCount) : n === 1 ? t.measureCountOne : t.measureCount;
  return format(template, { n: n.toLocaleString(locale) });
}
