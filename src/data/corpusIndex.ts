import type { ArticleSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import type { Filters } from '../store/filters';
import type { FilterKey } from './filterArticles';
import { filterInterval, publishedInterval } from './publishedInterval';
import { measureColumns, NO_PAIR, PAIR_COUNT, pairOf } from './measureColumns';
import { regionColumns } from './regionCounts';

/**
 * Column-wise facts about every article, built once per collection, so a filter
 * is a pass over typed arrays rather than over objects: region membership as
 * posting lists, measure kinds as bit sets, publication intervals as numbers,
 * and a publication-date order so results need no sort.
 */
export interface CorpusIndex {
  articles: readonly ArticleSummary[];
  /** Positions in publication-date order (undated last). */
  byDate: Uint32Array;
  start: Float64Array;
  end: Float64Array;
  /** WORDS bits per article: bit (category · 4 + direction) set when some measure has that pair. */
  measureBits: Uint32Array;
  /** Region scope → positions of the articles in it (see `articleInRegion`). */
  regionPostings: Map<string, Uint32Array>;
}

const WORDS = Math.ceil(PAIR_COUNT / 32);

const UNDATED = Number.POSITIVE_INFINITY;

/** Publication order (oldest first, undated last, ties by id); a collection arrives in it, so that is checked before sorting. */
function publicationOrder(articles: readonly ArticleSummary[], start: Float64Array): Uint32Array {
  const key = (position: number) => (Number.isNaN(start[position]!) ? UNDATED : start[position]!);
  const compare = (a: number, b: number) => key(a) - key(b) || (articles[a]!.id < articles[b]!.id ? -1 : articles[a]!.id > articles[b]!.id ? 1 : 0);
  const order = Uint32Array.from(articles.keys());
  for (let i = 1; i < order.length; i++) {
    if (compare(i - 1, i) > 0) return order.sort(compare);
  }
  return order;
}

/**
 * Built from the collection's measure and region columns (shared with the
 * views that count), so each article's measures and places are walked as numbers.
 */
export function buildCorpusIndex(articles: readonly ArticleSummary[]): CorpusIndex {
  const n = articles.length;
  const start = new Float64Array(n).fill(Number.NaN);
  const end = new Float64Array(n).fill(Number.NaN);
  articles.forEach((article, position) => {
    const interval = publishedInterval(article.published);
    if (interval) {
      start[position] = interval.start;
      end[position] = interval.end;
    }
  });

  const measures = measureColumns(articles);
  const measureBits = new Uint32Array(n * WORDS);
  for (let m = 0; m < measures.pair.length; m++) {
    const bit = measures.pair[m]!;
    if (bit !== NO_PAIR) measureBits[measures.article[m]! * WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
  }

  // A measure's scopes are its own places or the article's first primary region, so the union is every place the article is about.
  const regions = regionColumns(articles);
  const { listStart, listScopes, primaryList, measureList } = regions;
  const postings: number[][] = regions.scopes.map(() => []);
  const lastPosted = new Int32Array(regions.scopes.length).fill(-1);
  const post = (list: number, position: number) => {
    for (let k = listStart[list]!; k < listStart[list + 1]!; k++) {
      const scope = listScopes[k]!;
      if (lastPosted[scope] === position) continue;
      lastPosted[scope] = position;
      postings[scope]!.push(position);
    }
  };
  for (let position = 0; position < n; position++) {
    post(primaryList[position]!, position);
    let previous = -1;
    for (let m = measures.firstMeasure[position]!; m < measures.firstMeasure[position + 1]!; m++) {
      if (measureList[m] !== previous) post((previous = measureList[m]!), position);
    }
  }
  const regionPostings = new Map(regions.scopes.map((scope, number) => [scope, Uint32Array.from(postings[number]!)]));
  return { articles, byDate: publicationOrder(articles, start), start, end, measureBits, regionPostings };
}

function measureQueryBits(filters: Pick<Filters, 'categories' | 'directions'>): Uint32Array {
  const bits = new Uint32Array(WORDS);
  const categories = filters.categories.length > 0 ? filters.categories : MEASURE_CATEGORIES.map((category) => category.id);
  const directions = filters.directions.length > 0 ? filters.directions : MEASURE_DIRECTIONS.map((direction) => direction.id);
  for (const category of categories) {
    for (const direction of directions) {
      const bit = pairOf(category, direction);
      if (bit !== NO_PAIR) bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return bits;
}

/** The articles passing a set of filters, in three shapes for different consumers. */
export interface CorpusSelection {
  /** In publication order. */
  articles: ArticleSummary[];
  /** Their positions in `index.articles`, in the same order. */
  positions: Uint32Array;
  /** 1 at the position of every selected article: column-wise views test membership without a lookup. */
  mask: Uint8Array;
}

/**
 * The articles passing every filter except those in `ignore`, in publication
 * order. `queryMatches` marks, by position, the articles whose text matches
 * `filters.query` (the search runs elsewhere); null means no text filter.
 */
export function selectCorpus(
  index: CorpusIndex,
  filters: Filters,
  queryMatches: Uint8Array | null,
  ignore: readonly FilterKey[] = [],
): CorpusSelection {
  const n = index.articles.length;
  let regionMask: Uint8Array | null = null;
  if (filters.region !== null && !ignore.includes('region')) {
    regionMask = new Uint8Array(n);
    for (const position of index.regionPostings.get(filters.region) ?? []) regionMask[position] = 1;
  }
  const useDate = (filters.from !== null || filters.to !== null) && !ignore.includes('date');
  const range = filterInterval(filters.from, filters.to);
  const useMeasures = (filters.categories.length > 0 || filters.directions.length > 0) && !ignore.includes('measures');
  const wanted = useMeasures ? measureQueryBits(filters) : null;
  const query = ignore.includes('query') ? null : queryMatches;
  const { byDate, start, end, measureBits } = index;
  const positions = new Uint32Array(n);
  const mask = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const position = byDate[i]!;
    if (regionMask && regionMask[position] === 0) continue;
    if (query && query[position] !== 1) continue;
    if (useDate && !(start[position]! < range.end && end[position]! > range.start)) continue;
    if (wanted) {
      let any = 0;
      for (let w = 0; w < WORDS; w++) any |= measureBits[position * WORDS + w]! & wanted[w]!;
      if (any === 0) continue;
    }
    positions[count++] = position;
    mask[position] = 1;
  }
  const selected = positions.slice(0, count);
  const articles = new Array<ArticleSummary>(count);
  for (let i = 0; i < count; i++) articles[i] = index.articles[selected[i]!]!;
  return { articles, positions: selected, mask };
}

/** `selectCorpus`'s articles alone. */
export function filterCorpus(
  index: CorpusIndex,
  filters: Filters,
  queryMatches: Uint8Array | null,
  ignore: readonly FilterKey[] = [],
): ArticleSummary[] {
  return selectCorpus(index, filters, queryMatches, ignore).articles;
}
