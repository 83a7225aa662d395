import { interpolateRgb } from 'd3-interpolate';
import type { ScaleTime } from 'd3-scale';
import { utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../../model';
import { isoDay } from '../../data/publishedInterval';
import { CATEGORY_IDS, DIRECTION_COUNT, DIRECTION_IDS, NO_PAIR, categoryOfPair, directionOfPair } from '../../data/measureColumns';
import type { LanePlan } from '../Timeline/lanes';
import { DAY } from '../Timeline/timeScale';
import { bandMeasures, lowerBound, periodTable, type BandMeasures } from './bandColumns';
import { RELAX_COLOR, TIGHTEN_COLOR } from '../theme';

export type PeriodUnit = 'week' | 'month' | 'quarter';

export const PERIOD_INTERVALS: Record<PeriodUnit, TimeInterval> = {
  week: utcMonday,
  month: utcMonth,
  quarter: utcMonth.every(3)!,
};

/** The finest period whose cells are at least `minCellWidth` px wide at this zoom. */
export function choosePeriodUnit(scale: ScaleTime<number, number>, minCellWidth = 14): PeriodUnit {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerDay = (r1 - r0) / Math.max(1, (d1 - d0) / DAY);
  if (pxPerDay * 7 >= minCellWidth) return 'week';
  if (pxPerDay * 30 >= minCellWidth) return 'month';
  return 'quarter';
}

export interface BandRef {
  articleId: string;
  measureIndex: number;
  category: MeasureCategory;
  direction: MeasureDirection;
  time: number;
}

export interface BandCell {
  id: string;
  lane: string;
  laneIndex: number;
  /** First day of the period, `YYYY-MM-DD`. */
  period: string;
  start: number;
  end: number;
  x0: number;
  x1: number;
  tighten: number;
  relax: number;
  support: number;
  neutral: number;
  /** tighten − relax */
  net: number;
}

export interface BandLayout {
  unit: PeriodUnit;
  cells: BandCell[];
  /** Largest tighten + relax count of any cell, for scaling intensity. */
  maxTotal: number;
  /** The measures behind a cell, by time, article and measure (worked out when asked: only an opened cell needs them). */
  refsOf: (cell: BandCell) => BandRef[];
}

export interface BandOptions {
  plan: LanePlan;
  /** 1 for each measure pair the filters let through (see wantedPairs); every measure when absent. */
  wanted?: Uint8Array;
  unit?: PeriodUnit;
}

const EVERY_PAIR = new Uint8Array(NO_PAIR + 1).fill(1);

/** Per lane plan, the lane numbers of each province key list (province mode) or category (category mode). */
const laneListsCache = new WeakMap<LanePlan, WeakMap<BandMeasures, number[][]>>();

function laneLists(plan: LanePlan, columns: BandMeasures): number[][] {
  let byColumns = laneListsCache.get(plan);
  if (!byColumns) laneListsCache.set(plan, (byColumns = new WeakMap()));
  let lists = byColumns.get(columns);
  if (!lists) {
    const laneIndex = new Map(plan.keys.map((key, index) => [key, index]));
    const lanesOf = (keys: readonly string[]) => {
      const lanes: number[] = [];
      for (const key of new Set(keys.map(plan.laneOf))) {
        const index = laneIndex.get(key);
        if (index !== undefined) lanes.push(index);
      }
      return lanes;
    };
    lists = plan.mode === 'category' ? CATEGORY_IDS.map((category) => lanesOf([category])) : columns.provinceKeyLists.map(lanesOf);
    byColumns.set(columns, lists);
  }
  return lists;
}

/**
 * Tightening vs relaxing measures per lane and period, over the articles of
 * `collection` marked in `mask`. A measure falls in the period containing its
 * date (its own, else the article's publication date); a month- or
 * year-precision date counts from its first day rather than being spread, so
 * every measure is counted exactly once per lane.
 */
export function layoutBand(
  collection: readonly ArticleSummary[],
  mask: Uint8Array,
  scale: ScaleTime<number, number>,
  options: BandOptions,
): BandLayout {
  const { plan, wanted = EVERY_PAIR } = options;
  const unit = options.unit ?? choosePeriodUnit(scale);
  const interval = PERIOD_INTERVALS[unit];
  const columns = bandMeasures(collection);
  const periods = periodTable(columns, interval);
  const lanes = laneLists(plan, columns);
  const byCategory = plan.mode === 'category';
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  // A measure before the domain can still fall in the first, partly visible period.
  const first = lowerBound(columns.time, interval.floor(new Date(domainStart)).getTime());
  const last = lowerBound(columns.time, domainEnd);
  const { time, day, article, pair, provinceKeys } = columns;
  const firstPeriod = first < last ? periods.periodOfDay[day[first]!]! : 0;
  const periodCount = first < last ? periods.periodOfDay[day[last - 1]!]! - firstPeriod + 1 : 0;
  const laneCount = plan.keys.length;
  // Four direction counts per (lane, period), in taxonomy direction order.
  const counts = new Uint32Array(laneCount * periodCount * DIRECTION_COUNT);
  for (let i = first; i < last; i++) {
    const p = pair[i]!;
    if (mask[article[i]!] !== 1 || wanted[p] !== 1) continue;
    const period = periods.periodOfDay[day[i]!]! - firstPeriod;
    const measureLanes = lanes[byCategory ? Math.floor(p / DIRECTION_COUNT) : provinceKeys[i]!]!;
    for (const lane of measureLanes) counts[(lane * periodCount + period) * DIRECTION_COUNT + (p % DIRECTION_COUNT)]!++;
  }
  const at = (lane: number, period: number, direction: MeasureDirection) =>
    counts[(lane * periodCount + period) * DIRECTION_COUNT + DIRECTION_IDS.indexOf(direction)]!;
  const cells: BandCell[] = [];
  let maxTotal = 0;
  for (let laneIndex = 0; laneIndex < laneCount; laneIndex++) {
    for (let period = 0; period < periodCount; period++) {
      const tighten = at(laneIndex, period, 'tighten');
      const relax = at(laneIndex, period, 'relax');
      const support = at(laneIndex, period, 'support');
      const neutral = at(laneIndex, period, 'neutral');
      if (tighten + relax + support + neutral === 0) continue;
      const lane = plan.keys[laneIndex]!;
      const start = periods.start[firstPeriod + period]!;
      const end = periods.end[firstPeriod + period]!;
      cells.push({
        id: `${lane}|${start}`,
        lane,
        laneIndex,
        period: isoDay(start),
        start,
        end,
        x0: scale(start),
        x1: scale(end),
        tighten,
        relax,
        support,
        neutral,
        net: tighten - relax,
      });
      maxTotal = Math.max(maxTotal, tighten + relax);
    }
  }

  const refsOf = (cell: BandCell): BandRef[] => {
    const refs: BandRef[] = [];
    const until = Math.min(cell.end, domainEnd);
    for (let i = lowerBound(time, cell.start); i < last && time[i]! < until; i++) {
      const p = pair[i]!;
      if (mask[article[i]!] !== 1 || wanted[p] !== 1) continue;
      if (!lanes[byCategory ? Math.floor(p / DIRECTION_COUNT) : provinceKeys[i]!]!.includes(cell.laneIndex)) continue;
      const position = article[i]!;
      refs.push({
        articleId: collection[position]!.id,
        measureIndex: columns.measure[i]! - columns.measures.firstMeasure[position]!,
        category: categoryOfPair(p),
        direction: directionOfPair(p),
        time: time[i]!,
      });
    }
    return refs.sort((a, b) => a.time - b.time || a.articleId.localeCompare(b.articleId) || a.measureIndex - b.measureIndex);
  };
  return { unit, cells, maxTotal, refsOf };
}

export type Balance = 'tighten' | 'relax' | 'even' | 'support' | 'neutral';

/** Which way a period leans; cells with no tighten/relax fall back to support, then neutral. */
export function balanceOf(cell: Pick<BandCell, 'tighten' | 'relax' | 'support' | 'net'>): Balance {
  if (cell.tighten + cell.relax > 0) return cell.net > 0 ? 'tighten' : cell.net < 0 ? 'relax' : 'even';
  return cell.support > 0 ? 'support' : 'neutral';
}

export const BALANCE_GLYPHS: Record<Balance, string> = { tighten: '▲', relax: '▼', even: '▲▼', support: '◆', neutral: '●' };

const PALE = '#f4f4f4';
const toTighten = interpolateRgb(PALE, TIGHTEN_COLOR);
const toRelax = interpolateRgb(PALE, RELAX_COLOR);

/**
 * Diverging fill: orange for tightening, blue for relaxing, pale when balanced;
 * stronger with both the lean (net share) and the volume relative to the busiest cell.
 */
export function cellFill(cell: Pick<BandCell, 'tighten' | 'relax' | 'net'>, maxTotal: number): string {
  const total = cell.tighten + cell.relax;
  if (total === 0) return PALE;
  const lean = Math.abs(cell.net) / total;
  const volume = Math.log1p(total) / Math.log1p(Math.max(total, maxTotal));
  const strength = lean * (0.35 + 0.65 * volume);
  return cell.net >= 0 ? toTighten(strength) : toRelax(strength);
}
