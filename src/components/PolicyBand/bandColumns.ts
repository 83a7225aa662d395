import type { TimeInterval } from 'd3-time';
import type { ArticleSummary } from '../../model';
import { measureColumns, type MeasureColumns } from '../../data/measureColumns';
import { measureLaneKeys } from '../Timeline/lanes';
import { DAY } from '../Timeline/timeScale';

/**
 * The collection's dated measures in time order, column by column, with what
 * their lanes depend on, so a band layout is one pass over typed arrays.
 */
export interface BandMeasures {
  measures: MeasureColumns;
  /** Measure start (see measureStart), ascending. */
  time: Float64Array;
  /** floor(time / DAY) − firstDay. */
  day: Uint32Array;
  firstDay: number;
  dayCount: number;
  /** The measure's number in `measures`. */
  measure: Uint32Array;
  article: Uint32Array;
  pair: Uint8Array;
  /** Its raw province-mode lane keys, as a position in `provinceKeyLists`. */
  provinceKeys: Uint32Array;
  provinceKeyLists: string[][];
}

function buildBandMeasures(articles: readonly ArticleSummary[]): BandMeasures {
  const measures = measureColumns(articles);
  const order = timeOrder(measures.time);
  const n = order.length;
  const time = new Float64Array(n);
  const article = new Uint32Array(n);
  const pair = new Uint8Array(n);
  const provinceKeys = new Uint32Array(n);
  const provinceKeyLists: string[][] = [];
  const listIds = new Map<string, number>();
  // Lane keys depend only on the (shared) region-code lists of the measure and its article, so each pair is looked up once.
  const byLists = new Map<readonly string[], Map<readonly string[], number>>();
  const keysOf = (m: number): number => {
    const summary = articles[measures.article[m]!]!;
    const measure = summary.measures[m - measures.firstMeasure[measures.article[m]!]!]!;
    let byPrimary = byLists.get(measure.regionCodes);
    if (!byPrimary) byLists.set(measure.regionCodes, (byPrimary = new Map()));
    let id = byPrimary.get(summary.primaryRegions);
    if (id === undefined) {
      const keys = measureLaneKeys(measure, summary, 'province');
      const joined = keys.join();
      id = listIds.get(joined);
      if (id === undefined) {
        listIds.set(joined, (id = provinceKeyLists.length));
        provinceKeyLists.push(keys);
      }
      byPrimary.set(summary.primaryRegions, id);
    }
    return id;
  };
  let firstDay = 0;
  let lastDay = -1;
  if (n > 0) {
    firstDay = Math.floor(measures.time[order[0]!]! / DAY);
    lastDay = Math.floor(measures.time[order[n - 1]!]! / DAY);
  }
  const day = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const m = order[i]!;
    time[i] = measures.time[m]!;
    day[i] = Math.floor(time[i]! / DAY) - firstDay;
    article[i] = measures.article[m]!;
    pair[i] = measures.pair[m]!;
    provinceKeys[i] = keysOf(m);
  }
  return { measures, time, day, firstDay, dayCount: lastDay - firstDay + 1, measure: order, article, pair, provinceKeys, provinceKeyLists };
}

/** The numbers of the dated measures by time (ties in measure order). */
function timeOrder(times: Float64Array): Uint32Array {
  let minDay = Infinity;
  let maxDay = -Infinity;
  let dated = 0;
  for (const time of times) {
    if (Number.isNaN(time)) continue;
    dated++;
    const day = Math.floor(time / DAY);
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const order = new Uint32Array(dated);
  const dayAligned = times.every((time) => Number.isNaN(time) || time % DAY === 0);
  if (dated === 0) return order;
  if (!dayAligned || maxDay - minDay > 4 * dated + 100_000) {
    let k = 0;
    for (let m = 0; m < times.length; m++) if (!Number.isNaN(times[m]!)) order[k++] = m;
    return order.sort((a, b) => times[a]! - times[b]! || a - b);
  }
  // Dates are whole days: a counting sort by day is linear and keeps measure order within a day.
  const next = new Uint32Array(maxDay - minDay + 2);
  for (const time of times) if (!Number.isNaN(time)) next[Math.floor(time / DAY) - minDay + 1]!++;
  for (let d = 1; d < next.length; d++) next[d]! += next[d - 1]!;
  for (let m = 0; m < times.length; m++) {
    const time = times[m]!;
    if (!Number.isNaN(time)) order[next[Math.floor(time / DAY) - minDay]!++] = m;
  }
  return order;
}

const bandMeasuresCache = new WeakMap<readonly ArticleSummary[], BandMeasures>();

export function bandMeasures(articles: readonly ArticleSummary[]): BandMeasures {
  let columns = bandMeasuresCache.get(articles);
  if (!columns) bandMeasuresCache.set(articles, (columns = buildBandMeasures(articles)));
  return columns;
}

/** The periods of one unit over the measures' days: each day's period number, and each period's bounds. */
export interface PeriodTable {
  periodOfDay: Uint32Array;
  start: number[];
  end: number[];
}

const periodTables = new WeakMap<BandMeasures, Map<TimeInterval, PeriodTable>>();

export function periodTable(columns: BandMeasures, interval: TimeInterval): PeriodTable {
  let tables = periodTables.get(columns);
  if (!tables) periodTables.set(columns, (tables = new Map()));
  let table = tables.get(interval);
  if (!table) {
    const periodOfDay = new Uint32Array(Math.max(0, columns.dayCount));
    const start: number[] = [];
    const end: number[] = [];
    for (let d = 0; d < columns.dayCount; d++) {
      const periodStart = interval.floor(new Date((columns.firstDay + d) * DAY)).getTime();
      if (start[start.length - 1] !== periodStart) {
        start.push(periodStart);
        end.push(interval.offset(new Date(periodStart), 1).getTime());
      }
      periodOfDay[d] = start.length - 1;
    }
    tables.set(interval, (table = { periodOfDay, start, end }));
  }
  return table;
}

/** First index in an ascending list whose value is >= `value`. */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
