import type { ArticleSummary, DatePrecision } from '../../model';
import type { CorpusIndex } from '../../data/corpusIndex';
import { CATEGORY_IDS, categoryOfPair, directionOfPair, NO_PAIR, PAIR_COUNT, pairOf } from '../../data/measureColumns';
import type { LaneMode } from '../../store/displaySlice';
import { EVERY_MEASURE, NATIONAL_LANE, NONE_LANE, provinceLanes, type MeasurePredicate } from './lanes';
import { measureTime } from './measureTime';

export const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];
export const UNDATED = 255;

/**
 * Column-wise timeline facts about every article of a collection under one lane
 * mode, built once per collection: what a filter or a zoom frame needs is then a
 * pass over typed arrays. Lane keys here are raw (every province, every
 * category); a lane plan maps them to the drawn lanes.
 */
export interface TimelineColumns {
  mode: LaneMode;
  articles: readonly ArticleSummary[];
  start: Float64Array;
  end: Float64Array;
  /** Index into PRECISIONS, or UNDATED. */
  precision: Uint8Array;
  inferred: Uint8Array;
  /** Raw lane keys; the NONE_LANE key is always present. */
  rawKeys: readonly string[];
  noneKey: number;
  nationalKey: number;
  /** Distinct lists of raw lane keys: list L is `laneListKeys[laneListStart[L] … laneListStart[L + 1] − 1]`. */
  laneListStart: Uint32Array;
  laneListKeys: Uint16Array;
  /** Province mode: each article's raw lanes (its provinces, else none). Category mode: the empty list. */
  articleList: Uint32Array;
  /** An article's measures are the ids articleMeasureStart[p] … articleMeasureStart[p + 1] − 1. */
  articleMeasureStart: Uint32Array;
  measureArticle: Uint32Array;
  measureIndex: Uint16Array;
  measurePair: Uint8Array;
  /** NaN when neither the measure nor its article is dated. */
  measureTime: Float64Array;
  /** The lanes a measure gives its article when lanes are chosen: the provinces it names (possibly none), or its category. */
  measureOwnList: Uint32Array;
  /** The lanes a measure is drawn in: its own, else (naming no province) its article's. */
  measureDrawList: Uint32Array;
  /** Dated day-precision articles by start (then publication order). */
  pointOrder: Uint32Array;
  /** Dated month/year articles by start, then end: identical intervals are adjacent. */
  spanOrder: Uint32Array;
  /** Dated measures by time, ties in publication order then measure order. */
  measureOrder: Uint32Array;
  /** The dated measures again, column by column in `measureOrder`, so passes over them read memory in sequence. */
  timed: TimedMeasures;
  /** The publication-order rank of each article. */
  rank: Uint32Array;
}

export interface TimedMeasures {
  article: Uint32Array;
  /** The measure's index in its article. */
  index: Uint16Array;
  pair: Uint8Array;
  time: Float64Array;
  /** The lane list it is drawn in (see `measureDrawList`). */
  drawList: Uint32Array;
}

/**
 * The (category, direction) pairs a measure predicate lets through, indexed by
 * pair (NO_PAIR never matches). Predicates look only at a measure's category and direction.
 */
export function pairMaskOf(predicate: MeasurePredicate): Uint8Array {
  const mask = new Uint8Array(NO_PAIR + 1);
  for (let pair = 0; pair < PAIR_COUNT; pair++) {
    const probe = { category: categoryOfPair(pair), direction: directionOfPair(pair), regionCodes: [], date: null, start: 0, end: 0 };
    mask[pair] = predicate === EVERY_MEASURE || predicate(probe) ? 1 : 0;
  }
  return mask;
}

/** Interns lists of small numbers, so each distinct list is stored and converted once. */
class ListTable {
  private readonly ids = new Map<string, number>();
  readonly starts: number[] = [0];
  readonly values: number[] = [];
  id(values: readonly number[]): number {
    const key = values.join();
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.starts.length - 1;
      this.ids.set(key, id);
      for (const value of values) this.values.push(value);
      this.starts.push(this.values.length);
    }
    return id;
  }
}

interface SharedColumns {
  precision: Uint8Array;
  inferred: Uint8Array;
  articleMeasureStart: Uint32Array;
  measureArticle: Uint32Array;
  measureIndex: Uint16Array;
  measurePair: Uint8Array;
  measureTime: Float64Array;
  pointOrder: Uint32Array;
  spanOrder: Uint32Array;
  measureOrder: Uint32Array;
  rank: Uint32Array;
}

function buildShared(index: CorpusIndex): SharedColumns {
  const { articles, start, end, byDate } = index;
  const n = articles.length;
  const precision = new Uint8Array(n).fill(UNDATED);
  const inferred = new Uint8Array(n);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) rank[byDate[i]!] = i;
  const articleMeasureStart = new Uint32Array(n + 1);
  let measureCount = 0;
  for (let p = 0; p < n; p++) {
    const article = articles[p]!;
    if (article.published && !Number.isNaN(start[p]!)) {
      precision[p] = PRECISIONS.indexOf(article.published.precision);
      inferred[p] = article.published.inferred ? 1 : 0;
    }
    measureCount += article.measures.length;
    articleMeasureStart[p + 1] = measureCount;
  }
  const measureArticle = new Uint32Array(measureCount);
  const measureIndex = new Uint16Array(measureCount);
  const measurePair = new Uint8Array(measureCount);
  const measureTimes = new Float64Array(measureCount);
  for (let p = 0; p < n; p++) {
    const article = articles[p]!;
    let id = articleMeasureStart[p]!;
    article.measures.forEach((measure, i) => {
      measureArticle[id] = p;
      measureIndex[id] = i;
      measurePair[id] = pairOf(measure.category, measure.direction);
      measureTimes[id] = measureTime(measure, article) ?? Number.NaN;
      id++;
    });
  }
  const dated = (keep: (p: number) => boolean) => {
    const list: number[] = [];
    for (let p = 0; p < n; p++) if (keep(p)) list.push(p);
    return Uint32Array.from(list);
  };
  const pointOrder = dated((p) => precision[p] === 0).sort((a, b) => start[a]! - start[b]! || rank[a]! - rank[b]!);
  const spanOrder = dated((p) => precision[p] === 1 || precision[p] === 2).sort(
    (a, b) => start[a]! - start[b]! || end[a]! - end[b]! || rank[a]! - rank[b]!,
  );
  const timed: number[] = [];
  for (let id = 0; id < measureCount; id++) if (!Number.isNaN(measureTimes[id]!)) timed.push(id);
  const measureOrder = Uint32Array.from(timed).sort(
    (a, b) => measureTimes[a]! - measureTimes[b]! || rank[measureArticle[a]!]! - rank[measureArticle[b]!]! || measureIndex[a]! - measureIndex[b]!,
  );
  return { precision, inferred, articleMeasureStart, measureArticle, measureIndex, measurePair, measureTime: measureTimes, pointOrder, spanOrder, measureOrder, rank };
}

function buildColumns(index: CorpusIndex, shared: SharedColumns, mode: LaneMode): TimelineColumns {
  const { articles } = index;
  const n = articles.length;
  const rawKeys: string[] = mode === 'category' ? [...CATEGORY_IDS, NONE_LANE] : [NATIONAL_LANE, NONE_LANE];
  const keyIndex = new Map(rawKeys.map((key, i) => [key, i]));
  const keyOf = (key: string) => {
    let i = keyIndex.get(key);
    if (i === undefined) {
      i = rawKeys.length;
      rawKeys.push(key);
      keyIndex.set(key, i);
    }
    return i;
  };
  const lists = new ListTable();
  const noneList = lists.id([keyOf(NONE_LANE)]);
  const emptyList = lists.id([]);
  // Region-code lists are shared arrays: convert each distinct one once.
  const codeLists = new Map<readonly string[], number>();
  const listOfCodes = (codes: readonly string[]) => {
    let id = codeLists.get(codes);
    if (id === undefined) codeLists.set(codes, (id = lists.id(provinceLanes(codes).map(keyOf))));
    return id;
  };
  const categoryLists = new Map<string, number>();
  const listOfCategory = (category: string) => {
    let id = categoryLists.get(category);
    if (id === undefined) categoryLists.set(category, (id = lists.id([keyOf(category)])));
    return id;
  };
  const measureCount = shared.measureArticle.length;
  const articleList = new Uint32Array(n).fill(emptyList);
  const measureOwnList = new Uint32Array(measureCount);
  const measureDrawList = new Uint32Array(measureCount);
  for (let p = 0; p < n; p++) {
    const article = articles[p]!;
    let id = shared.articleMeasureStart[p]!;
    if (mode === 'province') {
      const own = listOfCodes(article.primaryRegions);
      articleList[p] = own === emptyList ? noneList : own;
    }
    for (const measure of article.measures) {
      const own = mode === 'category' ? listOfCategory(measure.category) : listOfCodes(measure.regionCodes);
      measureOwnList[id] = own;
      measureDrawList[id] = own === emptyList ? articleList[p]! : own;
      id++;
    }
  }
  return {
    mode,
    articles,
    start: index.start,
    end: index.end,
    ...shared,
    rawKeys,
    noneKey: keyOf(NONE_LANE),
    nationalKey: mode === 'province' ? keyOf(NATIONAL_LANE) : -1,
    laneListStart: Uint32Array.from(lists.starts),
    laneListKeys: Uint16Array.from(lists.values),
    articleList,
    measureOwnList,
    measureDrawList,
    timed: {
      article: shared.measureOrder.map((id) => shared.measureArticle[id]!),
      index: Uint16Array.from(shared.measureOrder, (id) => shared.measureIndex[id]!),
      pair: Uint8Array.from(shared.measureOrder, (id) => shared.measurePair[id]!),
      time: Float64Array.from(shared.measureOrder, (id) => shared.measureTime[id]!),
      drawList: shared.measureOrder.map((id) => measureDrawList[id]!),
    },
  };
}

const built = new WeakMap<CorpusIndex, { shared: SharedColumns; byMode: Partial<Record<LaneMode, TimelineColumns>> }>();

/** The columns of a collection under a lane mode, built on first use and kept while the collection lives. */
export function timelineColumns(index: CorpusIndex, mode: LaneMode): TimelineColumns {
  let entry = built.get(index);
  if (!entry) built.set(index, (entry = { shared: buildShared(index), byMode: {} }));
  return (entry.byMode[mode] ??= buildColumns(index, entry.shared, mode));
}
