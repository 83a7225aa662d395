import { COUNTRY_CODE } from '../../model';
import type { GazetteerEntry } from '../../parse/regions/gazetteer';
import type { MapMetric } from '../../store/displaySlice';
import type { RegionCount } from '../../store/selectors';
import { metricValue } from './mapMetric';
import { NO_COUNT } from '../../data/regionCounts';

export interface ListRow {
  code: string;
  count: RegionCount;
  /** Has subdivisions with data, so it can be expanded. */
  expandable: boolean;
  expanded: boolean;
  children: Array<{ code: string; count: RegionCount }>;
}

export interface RegionLookup {
  provinces: readonly string[];
  childrenOf: (code: string) => readonly string[];
}

export interface SearchHits {
  provinces: Set<string>;
  /** Province → its direct subdivisions that matched or contain a match. */
  children: Map<string, Set<string>>;
}

/**
 * Which list entries a search keeps: a hit at any level shows its province and,
 * below the province, the direct subdivision that holds it (库尔勒 → 新疆 › 巴州).
 */
export function searchHits(
  hits: readonly Pick<GazetteerEntry, 'code' | 'level' | 'parent'>[],
  provinceOf: (code: string) => string | null,
  extraProvinces: Iterable<string> = [],
): SearchHits {
  const result: SearchHits = { provinces: new Set(extraProvinces), children: new Map() };
  for (const hit of hits) {
    if (hit.level === 'country') {
      result.provinces.add(COUNTRY_CODE);
      continue;
    }
    const province = provinceOf(hit.code);
    if (!province) continue;
    result.provinces.add(province);
    if (hit.code === province) continue;
    const child = hit.parent === province || hit.parent === null ? hit.code : hit.parent;
    const set = result.children.get(province) ?? new Set<string>();
    set.add(child);
    result.children.set(province, set);
  }
  return result;
}

const byCount = (metric: MapMetric) => (a: { code: string; count: RegionCount }, b: { code: string; count: RegionCount }) =>
  metricValue(b.count, metric) - metricValue(a.count, metric) ||
  b.count.articles - a.count.articles ||
  a.code.localeCompare(b.code);

/**
 * Rows sorted by the map's metric. A province is open when the user opened it
 * (`toggled` true: all subdivisions) or, unless closed, when a search matched
 * some of its subdivisions (only those are listed).
 */
export function listRows(
  lookup: RegionLookup,
  counts: ReadonlyMap<string, RegionCount>,
  metric: MapMetric,
  toggled: ReadonlyMap<string, boolean>,
  hits: SearchHits | null,
): ListRow[] {
  const codes = [COUNTRY_CODE, ...lookup.provinces].filter((code) => !hits || hits.provinces.has(code));
  return codes
    .map((code): ListRow => {
      const count = counts.get(code) ?? NO_COUNT;
      const allChildren = code === COUNTRY_CODE ? [] : lookup.childrenOf(code);
      const matching = hits?.children.get(code);
      const expandable = allChildren.length > 0 && (count.articles > 0 || (matching?.size ?? 0) > 0);
      const choice = toggled.get(code);
      const expanded = expandable && (choice ?? (matching?.size ?? 0) > 0);
      const shown = !expanded ? [] : choice === true || !matching ? allChildren : allChildren.filter((child) => matching.has(child));
      return {
        code,
        count,
        expandable,
        expanded,
        children: shown.map((child) => ({ code: child, count: counts.get(child) ?? NO_COUNT })).sort(byCount(metric)),
      };
    })
    .sort(byCount(metric));
}
