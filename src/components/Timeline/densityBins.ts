import type { ScaleTime } from 'd3-scale';
import type { ArticleSummary } from '../../model';
import { buildCorpusIndex } from '../../data/corpusIndex';
import { binFloor, binNext, type BinUnit } from './binning';
import { DAY } from './timeScale';

/** Articles per day of their publication date's start: the brush strip bins these at each zoom. */
export interface DayHistogram {
  firstDay: number;
  counts: Int32Array;
}

/** Counts the selected positions by the day their publication interval starts (undated ones have a NaN start and are left out). */
export function dayHistogram(starts: Float64Array, positions: Uint32Array): DayHistogram {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < positions.length; i++) {
    const day = Math.floor(starts[positions[i]!]! / DAY);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (!(first <= last)) return { firstDay: 0, counts: new Int32Array(0) };
  const counts = new Int32Array(last - first + 1);
  for (let i = 0; i < positions.length; i++) {
    const day = Math.floor(starts[positions[i]!]! / DAY);
    if (day === day) counts[day - first]!++;
  }
  return { firstDay: first, counts };
}

export interface DensityBin {
  start: number;
  x0: number;
  x1: number;
  count: number;
}

/** Article counts per bin of the days starting inside the domain, for the brush strip's context histogram. */
export function densityFromHistogram(histogram: DayHistogram, scale: ScaleTime<number, number>, unit: BinUnit): DensityBin[] {
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const { firstDay, counts } = histogram;
  const from = Math.max(0, Math.ceil(domainStart / DAY) - firstDay);
  const to = Math.min(counts.length, Math.ceil(domainEnd / DAY) - firstDay);
  const bins: DensityBin[] = [];
  let current: DensityBin | null = null;
  let currentEnd = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const count = counts[i]!;
    if (count === 0) continue;
    const time = (firstDay + i) * DAY;
    if (!current || time >= currentEnd) {
      const start = binFloor(time, unit);
      currentEnd = binNext(start, unit);
      current = { start, count: 0, x0: scale(start), x1: scale(currentEnd) };
      bins.push(current);
    }
    current.count += count;
  }
  return bins;
}

/** Density bins of a list of articles in one call. */
export function densityBins(articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, unit: BinUnit): DensityBin[] {
  const index = buildCorpusIndex(articles);
  return densityFromHistogram(dayHistogram(index.start, Uint32Array.from(articles.keys())), scale, unit);
}
