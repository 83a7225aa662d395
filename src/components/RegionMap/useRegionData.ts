import { format } from '../../i18n';
import { useExplorer } from '../../store';
import { selectRegionCounts, type RegionCount } from '../../store/selectors';
import type { messages } from './messages';

/**
 * Counts per region code (every level: province, prefecture, county) under the
 * current filters, ignoring the region filter; a code with nothing is absent.
 */
export function useRegionCounts(): ReadonlyMap<string, RegionCount> {
  return useExplorer(selectRegionCounts);
}

type CountMessages = (typeof messages)['en'];

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n.toLocaleString(locale)` with one formatter per locale: building a formatter per call is what made counts slow. */
export function formatCount(n: number, locale: string): string {
  let formatter = numberFormats.get(locale);
  if (!formatter) numberFormats.set(locale, (formatter = new Intl.NumberFormat(locale)));
  return formatter.format(n);
}

export function countText(t: CountMessages, kind: 'articles' | 'measures', n: number, locale: string): string {
  const template =
    kind === 'articles' ? (n === 1 ? t.articleCountOne : t.articleCount) : n === 1 ? t.measureCountOne : t.measureCount;
  return format(template, { n: formatCount(n, locale) });
}
