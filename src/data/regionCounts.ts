import type { Filters } from '../store/filters';
import { measureColumns, wantedPairs, type ColumnSource, type MeasureColumns } from './measureColumns';
import { scopesOfList } from './regionScope';

export interface RegionCount {
  articles: number;
  measures: number;
}

export const NO_COUNT: RegionCount = { articles: 0, measures: 0 };

/**
 * Region scopes of a collection as numbers: each distinct scope list is stored
 * once (lists are shared, see readCollection), and each article and measure
 * points at its list.
 */
export interface RegionColumns {
  /** Scope code of each scope number. */
  scopes: string[];
  scopeNumbers: Map<string, number>;
  /** The scopes of list l are listScopes[listStart[l] .. listStart[l + 1]). */
  listStart: Uint32Array;
  listScopes: Uint32Array;
  /** Per article, the list of scopes it is about. */
  primaryList: Uint32Array;
  /** Per measure (see MeasureColumns), the scopes it applies to: its own regions, else the article's first primary region. */
  measureList: Uint32Array;
}

function buildRegionColumns(articles: readonly ColumnSource[], measures: MeasureColumns): RegionColumns {
  const scopes: string[] = [];
  const scopeNumbers = new Map<string, number>();
  const listIds = new Map<readonly string[], number>();
  const listStart: number[] = [0];
  const listScopes: number[] = [];
  const listOf = (codes: readonly string[]): number => {
    let id = listIds.get(codes);
    if (id === undefined) {
      for (const scope of scopesOfList(codes)) {
        let number = scopeNumbers.get(scope);
        if (number === undefined) {
          scopeNumbers.set(scope, (number = scopes.length));
          scopes.push(scope);
        }
        listScopes.push(number);
      }
      listIds.set(codes, (id = listStart.length - 1));
      listStart.push(listScopes.length);
    }
    return id;
  };
  const primaryList = new Uint32Array(articles.length);
  const measureList = new Uint32Array(measures.pair.length);
  // One fallback list per distinct primary list, so its identity can key the cache.
  const fallbacks = new Map<readonly string[], string[]>();
  articles.forEach((article, position) => {
    primaryList[position] = listOf(article.primaryRegions);
    let fallback = fallbacks.get(article.primaryRegions);
    if (!fallback) fallbacks.set(article.primaryRegions, (fallback = article.primaryRegions.slice(0, 1)));
    let m = measures.firstMeasure[position]!;
    for (const measure of article.measures) measureList[m++] = listOf(measure.regionCodes.length > 0 ? measure.regionCodes : fallback);
  });
  return {
    scopes,
    scopeNumbers,
    listStart: Uint32Array.from(listStart),
    listScopes: Uint32Array.from(listScopes),
    primaryList,
    measureList,
  };
}

const regionColumnsCache = new WeakMap<readonly ColumnSource[], RegionColumns>();

/** The collection's region columns, built once per article list. */
export function regionColumns(articles: readonly ColumnSource[]): RegionColumns {
  let columns = regionColumnsCache.get(articles);
  if (!columns) regionColumnsCache.set(articles, (columns = buildRegionColumns(articles, measureColumns(articles))));
  return columns;
}

/**
 * Articles and measures per region among the selected articles (`mask` by
 * position in `articles`): an article counts once for each region it is about
 * or has measures in; a measure once per region it applies to (two cities of
 * one province are one measure there); a measure naming no region belongs to
 * the article's first primary region. With `codes`, only those regions are
 * counted (and all of them appear, at zero if need be); otherwise every region
 * with an article appears.
 */
export function countRegionsInSelection(
  articles: readonly ColumnSource[],
  mask: Uint8Array,
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes?: readonly string[],
): Map<string, RegionCount> {
  const measures = measureColumns(articles);
  const regions = regionColumns(articles);
  const { listStart, listScopes, primaryList, measureList } = regions;
  const { firstMeasure, pair } = measures;
  const wanted = wantedPairs(filters);
  const scopeCount = regions.scopes.length;
  const articleTally = new Uint32Array(scopeCount);
  const measureTally = new Uint32Array(scopeCount);
  // The last article counted per scope, so an article counts once per scope without a set.
  const lastArticle = new Int32Array(scopeCount).fill(-1);
  const n = articles.length;
  for (let p = 0; p < n; p++) {
    if (mask[p] !== 1) continue;
    const primary = primaryList[p]!;
    for (let k = listStart[primary]!, end = listStart[primary + 1]!; k < end; k++) {
      const scope = listScopes[k]!;
      if (lastArticle[scope] !== p) {
        lastArticle[scope] = p;
        articleTally[scope]!++;
      }
    }
    for (let m = firstMeasure[p]!, last = firstMeasure[p + 1]!; m < last; m++) {
      if (wanted[pair[m]!] !== 1) continue;
      const list = measureList[m]!;
      for (let k = listStart[list]!, end = listStart[list + 1]!; k < end; k++) {
        const scope = listScopes[k]!;
        measureTally[scope]!++;
        if (lastArticle[scope] !== p) {
          lastArticle[scope] = p;
          articleTally[scope]!++;
        }
      }
    }
  }
  const counts = new Map<string, RegionCount>();
  if (codes) {
    for (const code of codes) {
      const scope = regions.scopeNumbers.get(code);
      counts.set(code, scope === undefined ? { articles: 0, measures: 0 } : { articles: articleTally[scope]!, measures: measureTally[scope]! });
    }
    return counts;
  }
  for (let scope = 0; scope < scopeCount; scope++) {
    if (articleTally[scope]! > 0) counts.set(regions.scopes[scope]!, { articles: articleTally[scope]!, measures: measureTally[scope]! });
  }
  return counts;
}

const everyPosition = new WeakMap<readonly ColumnSource[], Uint8Array>();

/** `countRegionsInSelection` over every article of the list. */
export function countRegions(
  articles: readonly ColumnSource[],
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes?: readonly string[],
): Map<string, RegionCount> {
  let mask = everyPosition.get(articles);
  if (!mask) everyPosition.set(articles, (mask = new Uint8Array(articles.length).fill(1)));
  return countRegionsInSelection(articles, mask, filters, codes);
}
