import { interpolateRgb } from 'd3-interpolate';
import type { ScaleTime } from 'd3-scale';
import { utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../../model';
import { isoDay } from '../../data/publishedInterval';
import { EVERY_MEASURE, type LanePlan, type MeasurePredicate } from '../Timeline/lanes';
import { dayCachedFloor, lowerBound, prepareCorpus } from '../Timeline/prepare';
import { DAY } from '../Timeline/timeScale';
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
  refs: BandRef[];
}

export interface BandLayout {
  unit: PeriodUnit;
  cells: BandCell[];
  /** Largest tighten + relax count of any cell, for scaling intensity. */
  maxTotal: number;
}

export interface BandOptions {
  plan: LanePlan;
  measureMatches?: MeasurePredicate;
  unit?: PeriodUnit;
}

/**
 * Tightening vs relaxing measures per lane and period. A measure falls in the
 * period containing its date (its own, else the article's publication date);
 * a month- or year-precision date counts from its first day rather than being
 * spread, so every measure is counted exactly once per lane.
 */
export function layoutBand(articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, options: BandOptions): BandLayout {
  const { plan, measureMatches = EVERY_MEASURE } = options;
  const unit = options.unit ?? choosePeriodUnit(scale);
  const periods = dayCachedFloor(PERIOD_INTERVALS[unit]);
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const { measures } = prepareCorpus(articles, plan, measureMatches);
  const cells = new Map<number, BandCell>();

  // A measure before the domain can still fall in the first, partly visible period.
  const firstPeriod = periods.floor(domainStart);
  for (let i = lowerBound(measures, firstPeriod); i < measures.length; i++) {
    const measure = measures[i]!;
    if (measure.time >= domainEnd) break;
    const start = periods.floor(measure.time);
    for (const laneIndex of measure.lanes) {
      const lane = plan.keys[laneIndex];
      if (lane === undefined) continue;
      const id = laneIndex * 100_000 + Math.round(start / DAY);
      let cell = cells.get(id);
      if (!cell) {
        const end = periods.next(start);
        cell = {
          id: `${lane}|${start}`,
          lane,
          laneIndex,
          period: isoDay(start),
          start,
          end,
          x0: scale(start),
          x1: scale(end),
          tighten: 0,
          relax: 0,
          support: 0,
          neutral: 0,
          net: 0,
          refs: [],
        };
        cells.set(id, cell);
      }
      cell[measure.direction]++;
      cell.net = cell.tighten - cell.relax;
      cell.refs.push({
        articleId: measure.articleId,
        measureIndex: measure.measureIndex,
        category: measure.category,
        direction: measure.direction,
        time: measure.time,
      });
    }
  }
  const sorted = [...cells.values()].sort((a, b) => a.laneIndex - b.laneIndex || a.start - b.start);
  for (const cell of sorted) cell.refs.sort((a, b) => a.time - b.time || a.articleId.localeCompare(b.articleId) || a.measureIndex - b.measureIndex);
  let maxTotal = 0;
  for (const cell of sorted) maxTotal = Math.max(maxTotal, cell.tighten + cell.relax);
  return { unit, cells: sorted, maxTotal };
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
