import { type ArticleSummary, type MeasureCategory, type MeasureDirection, type MeasureSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import type { Filters } from '../store/filters';
import type { FilterKey } from './filterArticles';
import { filterInterval, publishedInterval } from './publishedInterval';
import { scopesOfList } from './regionScope';

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

const CATEGORY_INDEX = new Map<MeasureCategory, number>(MEASURE_CATEGORIES.map((category, index) => [category.id, index]));
const DIRECTION_INDEX = new Map<MeasureDirection, number>(MEASURE_DIRECTIONS.map((direction, index) => [direction.id, index]));
const DIRECTIONS = MEASURE_DIRECTIONS.length;
const WORDS = Math.ceil((MEASURE_CATEGORIES.length * DIRECTIONS) / 32);

const pairBit = (category: MeasureCategory, direction: MeasureDirection): number | null => {
  const c = CATEGORY_INDEX.get(category);
  const d = DIRECTION_INDEX.get(direction);
  return c === undefined || d === undefined ? null : c * DIRECTIONS + d;
};

/** Interns region scopes as small numbers, once per shared code list. */
class ScopeNumbers {
  readonly scopes: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly lists = new WeakMap<readonly string[], Uint32Array>();

  ofList(codes: readonly string[]): Uint32Array {
    let numbers = this.lists.get(codes);
    if (!numbers) {
      numbers = Uint32Array.from(scopesOfList(codes), (scope) => {
        let number = this.numbers.get(scope);
        if (number === undefined) number = this.numbers.set(scope, this.scopes.push(scope) - 1).get(scope)!;
        return number;
      });
      this.lists.set(codes, numbers);
    }
    return numbers;
  }
}

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

export function buildCorpusIndex(articles: readonly ArticleSummary[]): CorpusIndex {
  const n = articles.length;
  const start = new Float64Array(n).fill(Number.NaN);
  const end = new Float64Array(n).fill(Number.NaN);
  const measureBits = new Uint32Array(n * WORDS);
  const scopeNumbers = new ScopeNumbers();
  const postings: number[][] = [];
  // The last article each scope was posted for: an article names a place many times but is posted once.
  const lastPosted: number[] = [];
  const post = (numbers: Uint32Array, position: number) => {
    for (const number of numbers) {
      if (lastPosted[number] === position) continue;
      lastPosted[number] = position;
      (postings[number] ??= []).push(position);
    }
  };
  articles.forEach((article, position) => {
    const interval = publishedInterval(article.published);
    if (interval) {
      start[position] = interval.start;
      end[position] = interval.end;
    }
    post(scopeNumbers.ofList(article.primaryRegions), position);
    let previous: MeasureSummary | null = null;
    for (const measure of article.measures) {
      // Summaries share equal measures (see readCollection), and an article often reports one several times.
      if (measure === previous) continue;
      previous = measure;
      const bit = pairBit(measure.category, measure.direction);
      if (bit !== null) measureBits[position * WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
      if (measure.regionCodes !== article.primaryRegions) post(scopeNumbers.ofList(measure.regionCodes), position);
    }
  });
  const regionPostings = new Map(scopeNumbers.scopes.map((scope, number) => [scope, Uint32Array.from(postings[number] ?? [])]));
  return { articles, byDate: publicationOrder(articles, start), start, end, measureBits, regionPostings };
}

function measureQueryBits(filters: Pick<Filters, 'categories' | 'directions'>): Uint32Array {
  const bits = new Uint32Array(WORDS);
  const categories = filters.categories.length > 0 ? filters.categories : MEASURE_CATEGORIES.map((category) => category.id);
  const directions = filters.directions.length > 0 ? filters.directions : MEASURE_DIRECTIONS.map((direction) => direction.id);
  for (const category of categories) {
    for (const direction of directions) {
      const bit = pairBit(category, direction);
      if (bit !== null) bits[bit >>> 5]! |= 1 << (bit & 31);
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
