import type { ArticleSummary, MeasureCategory, MeasureDirection, MeasureSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import type { Filters } from '../store/filters';
import { dateInterval, precisionOf, publishedInterval } from './publishedInterval';

export const CATEGORY_IDS: readonly MeasureCategory[] = MEASURE_CATEGORIES.map((category) => category.id);
export const DIRECTION_IDS: readonly MeasureDirection[] = MEASURE_DIRECTIONS.map((direction) => direction.id);
export const DIRECTION_COUNT = DIRECTION_IDS.length;
/** Number of (category, direction) pairs; a pair is `category index · DIRECTION_COUNT + direction index`. */
export const PAIR_COUNT = CATEGORY_IDS.length * DIRECTION_COUNT;
/** The pair of a measure whose category or direction the taxonomy does not know (readers drop those). */
export const NO_PAIR = 255;

const CATEGORY_INDEX = new Map(CATEGORY_IDS.map((id, index) => [id, index]));
const DIRECTION_INDEX = new Map(DIRECTION_IDS.map((id, index) => [id, index]));

export function pairOf(category: MeasureCategory, direction: MeasureDirection): number {
  const c = CATEGORY_INDEX.get(category);
  const d = DIRECTION_INDEX.get(direction);
  return c === undefined || d === undefined ? NO_PAIR : c * DIRECTION_COUNT + d;
}

export const categoryOfPair = (pair: number): MeasureCategory => CATEGORY_IDS[Math.floor(pair / DIRECTION_COUNT)]!;
export const directionOfPair = (pair: number): MeasureDirection => DIRECTION_IDS[pair % DIRECTION_COUNT]!;

/** What the columns read of an article: a summary or a full record both have it. */
export type ColumnSource = Pick<ArticleSummary, 'published' | 'primaryRegions' | 'measures'>;

/**
 * Every measure of a collection, flattened in article order, so views count
 * with passes over typed arrays instead of walking article and measure objects.
 */
export interface MeasureColumns {
  articles: readonly ColumnSource[];
  /** The measures of the article at position p are [firstMeasure[p], firstMeasure[p + 1]). */
  firstMeasure: Uint32Array;
  /** Position of each measure's article. */
  article: Uint32Array;
  /** (category, direction) pair, see `pairOf`. */
  pair: Uint8Array;
  /** When the measure happened (see `measureStart`), NaN when unknown. */
  time: Float64Array;
}

const dateStarts = new Map<string, number | null>();

/**
 * When a measure happened, in epoch ms: the date its sentence gives, else the
 * article's publication date, each counted from its first day. Null when neither is known.
 */
export function measureStart(measure: Pick<MeasureSummary, 'date'>, article: Pick<ArticleSummary, 'published'>): number | null {
  return (measure.date ? dateStart(measure.date) : null) ?? publishedInterval(article.published)?.start ?? null;
}

function dateStart(date: string): number | null {
  let start = dateStarts.get(date);
  if (start === undefined) dateStarts.set(date, (start = dateInterval(date, precisionOf(date))?.start ?? null));
  return start;
}

function buildMeasureColumns(articles: readonly ColumnSource[]): MeasureColumns {
  const n = articles.length;
  const firstMeasure = new Uint32Array(n + 1);
  for (let p = 0; p < n; p++) firstMeasure[p + 1] = firstMeasure[p]! + articles[p]!.measures.length;
  const total = firstMeasure[n]!;
  const article = new Uint32Array(total);
  const pair = new Uint8Array(total);
  const time = new Float64Array(total);
  for (let p = 0; p < n; p++) {
    const summary = articles[p]!;
    const published = publishedInterval(summary.published)?.start ?? Number.NaN;
    let m = firstMeasure[p]!;
    for (const measure of summary.measures) {
      article[m] = p;
      pair[m] = pairOf(measure.category, measure.direction);
      time[m] = measure.date ? (dateStart(measure.date) ?? published) : published;
      m++;
    }
  }
  return { articles, firstMeasure, article, pair, time };
}

const columnsCache = new WeakMap<readonly ColumnSource[], MeasureColumns>();

/** The collection's measure columns, built once per article list. */
export function measureColumns(articles: readonly ColumnSource[]): MeasureColumns {
  let columns = columnsCache.get(articles);
  if (!columns) columnsCache.set(articles, (columns = buildMeasureColumns(articles)));
  return columns;
}

/** 1 for each pair the category and direction filters let through (every pair when both are empty). */
export function wantedPairs(filters: Pick<Filters, 'categories' | 'directions'>): Uint8Array {
  const wanted = new Uint8Array(NO_PAIR + 1);
  for (let pair = 0; pair < PAIR_COUNT; pair++) {
    const categoryOk = filters.categories.length === 0 || filters.categories.includes(categoryOfPair(pair));
    const directionOk = filters.directions.length === 0 || filters.directions.includes(directionOfPair(pair));
    wanted[pair] = categoryOk && directionOk ? 1 : 0;
  }
  return wanted;
}

export type CategoryDirectionCounts = Map<MeasureCategory, Record<MeasureDirection, number>>;

/** Pair counts of the measures of the selected articles (`mask` by position). */
export function countPairs(columns: MeasureColumns, mask: Uint8Array): Uint32Array {
  const counts = new Uint32Array(NO_PAIR + 1);
  const { firstMeasure, pair } = columns;
  const n = columns.articles.length;
  for (let p = 0; p < n; p++) {
    if (mask[p] !== 1) continue;
    const end = firstMeasure[p + 1]!;
    for (let m = firstMeasure[p]!; m < end; m++) counts[pair[m]!]!++;
  }
  return counts;
}

/** Measures of the selected articles the filters let through, by category and direction (categories with none are absent). */
export function summariseMeasureColumns(
  columns: MeasureColumns,
  mask: Uint8Array,
  filters: Pick<Filters, 'categories' | 'directions'>,
): CategoryDirectionCounts {
  const counts = countPairs(columns, mask);
  const wanted = wantedPairs(filters);
  const summary: CategoryDirectionCounts = new Map();
  CATEGORY_IDS.forEach((category, c) => {
    let any = false;
    const entry: Record<MeasureDirection, number> = { tighten: 0, relax: 0, support: 0, neutral: 0 };
    DIRECTION_IDS.forEach((direction, d) => {
      const pair = c * DIRECTION_COUNT + d;
      if (wanted[pair] === 1 && counts[pair]! > 0) {
        entry[direction] = counts[pair]!;
        any = true;
      }
    });
    if (any) summary.set(category, entry);
  });
  return summary;
}

/**
 * Per category, how many selected articles have a measure in it whose direction
 * the direction filter lets through (all directions when it is empty).
 */
export function countCategoryArticles(
  columns: MeasureColumns,
  mask: Uint8Array,
  directions: readonly MeasureDirection[],
): Map<MeasureCategory, number> {
  const wanted = wantedPairs({ categories: [], directions: [...directions] });
  const categoryOfWanted = new Int8Array(NO_PAIR + 1).fill(-1);
  for (let pair = 0; pair < PAIR_COUNT; pair++) if (wanted[pair] === 1) categoryOfWanted[pair] = Math.floor(pair / DIRECTION_COUNT);
  const counts = new Uint32Array(CATEGORY_IDS.length);
  // The last article counted per category, so an article counts once per category without a set.
  const lastArticle = new Int32Array(CATEGORY_IDS.length).fill(-1);
  const { firstMeasure, pair } = columns;
  const n = columns.articles.length;
  for (let p = 0; p < n; p++) {
    if (mask[p] !== 1) continue;
    const end = firstMeasure[p + 1]!;
    for (let m = firstMeasure[p]!; m < end; m++) {
      const c = categoryOfWanted[pair[m]!]!;
      if (c >= 0 && lastArticle[c] !== p) {
        lastArticle[c] = p;
        counts[c]!++;
      }
    }
  }
  const result = new Map<MeasureCategory, number>();
  CATEGORY_IDS.forEach((category, c) => {
    if (counts[c]! > 0) result.set(category, counts[c]!);
  });
  return result;
}
