/**
 * The object-based timeline layout the typed-array one replaced, kept as the
 * reference its tests compare against on random collections. Not used by the app.
 */
import type { ScaleTime } from 'd3-scale';
import type { ArticleSummary, DatePrecision, MeasureCategory, MeasureDirection } from '../../model';
import { EVERY_MEASURE, type LanePlan, type MeasurePredicate } from './lanes';
import { articleInterval } from './measureTime';
import { dayCachedFloor, lowerBound, prepareCorpus, type PreparedArticle, type PreparedMeasure } from './prepare';
import { DAY } from './timeScale';
import { BIN_DAYS, BIN_INTERVALS, chooseBinUnit, type BinUnit } from './binning';
import type { ArticleMark as FrameArticleMark, LaneGeometry, LaneRow, MeasureMark as FrameMeasureMark, MeasureRef, PlacedMark, TimelineLayout as FrameLayout } from './layoutTimeline';


/** One article, as the frame layout places it less its collection position. */
export type ArticleMark = Omit<FrameArticleMark, 'position'>;

/** Articles that would overlap at this zoom, drawn as one mark with their count. */
export interface BinMark extends PlacedMark {
  kind: 'bin';
  /** Whether the binned articles have month/year dates (drawn in the span row). */
  span: boolean;
  unit: BinUnit | DatePrecision;
  count: number;
  articleIds: string[];
}

export type TimelineMark = ArticleMark | BinMark;

/** A glyph as the frame layout places it, with its measures listed up front and no collection positions. */
export type MeasureMark = Omit<FrameMeasureMark, 'laneIndex' | 'holds' | 'refs'> & { refs: MeasureRef[] };

export type TimelineLayout = Omit<FrameLayout, 'marks' | 'measures'> & { marks: TimelineMark[]; measures: MeasureMark[] };

export interface LayoutOptions {
  plan: LanePlan;
  geometry: LaneGeometry;
  /** Diameter of a point mark; marks closer than this in a bin are aggregated. */
  markSize?: number;
  showMeasures?: boolean;
  measureMatches?: MeasurePredicate;
  /** Articles always drawn on their own (the selected and hovered ones), even inside a crowded bin. */
  pinned?: ReadonlySet<string>;
}

interface Placed {
  item: PreparedArticle;
  lane: LaneRow;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Whether any two positions are closer than a mark; more marks than could fit side by side are crowded without sorting. */
function isCrowded(xs: number[], markSize: number, span: number): boolean {
  if ((xs.length - 1) * markSize > span) return true;
  const sorted = [...xs].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]! - sorted[i - 1]! < markSize) return true;
  return false;
}

/** Small integer for a day-aligned time, to build numeric group keys. */
const dayNumber = (time: number) => Math.round(time / DAY);
const DAY_KEYS = 100_000;
const CATEGORY_KEYS = 64;
const DIRECTION_KEYS: Record<MeasureDirection, number> = { tighten: 0, relax: 1, support: 2, neutral: 3 };
const categoryKeys = new Map<MeasureCategory, number>();
function categoryKey(category: MeasureCategory): number {
  let key = categoryKeys.get(category);
  if (key === undefined) {
    key = categoryKeys.size % CATEGORY_KEYS;
    categoryKeys.set(category, key);
  }
  return key;
}

export function referenceLayout(articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, options: LayoutOptions): TimelineLayout {
  const { plan, geometry, markSize = 10, showMeasures = false, measureMatches = EVERY_MEASURE, pinned = new Set<string>() } = options;
  const prepared = prepareCorpus(articles, plan, measureMatches);
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const unit = chooseBinUnit(scale, markSize);
  const bins = dayCachedFloor(BIN_INTERVALS[unit]);
  const x = (ms: number) => scale(ms);
  const lanes: LaneRow[] = plan.keys.map((key, index) => ({
    key,
    index,
    y: index * geometry.height,
    height: geometry.height,
    count: plan.counts.get(key) ?? 0,
  }));

  const points: Placed[] = [];
  const spans: Placed[] = [];
  for (const item of prepared.articles) {
    if (item.end <= domainStart || item.start >= domainEnd) continue;
    const target = item.precision === 'day' ? points : spans;
    for (const index of item.lanes) {
      const lane = lanes[index];
      if (lane) target.push({ item, lane });
    }
  }

  const marks: TimelineMark[] = [];
  const single = ({ item, lane }: Placed, kind: 'point' | 'span'): ArticleMark => {
    const x0 = kind === 'point' ? x((item.start + item.end) / 2) : x(item.start);
    const x1 = kind === 'point' ? x0 : x(item.end);
    return {
      kind,
      articleId: item.article.id,
      precision: item.precision,
      inferred: item.inferred,
      lane: lane.key,
      laneIndex: lane.index,
      start: item.start,
      end: item.end,
      x0,
      x1,
      cx: (x0 + x1) / 2,
      y: lane.y + (kind === 'point' ? geometry.pointY : geometry.spanY + geometry.spanHeight / 2),
    };
  };
  const bin = (group: Placed[], start: number, end: number, span: boolean, binUnit: BinMark['unit']): BinMark => {
    const lane = group[0]!.lane;
    const x0 = x(start);
    const x1 = x(end);
    return {
      kind: 'bin',
      span,
      unit: binUnit,
      count: group.length,
      articleIds: group.map(({ item }) => item.article.id),
      lane: lane.key,
      laneIndex: lane.index,
      start,
      end,
      x0,
      x1,
      cx: (x0 + x1) / 2,
      y: lane.y + (span ? geometry.spanY + geometry.spanHeight / 2 : geometry.pointY),
    };
  };

  // Spans: identical intervals in a lane would sit exactly on top of each other, so they merge.
  for (const group of groupBy(spans, ({ item, lane }) => `${lane.index}|${item.start}|${item.end}`).values()) {
    const loose = group.filter(({ item }) => !pinned.has(item.article.id));
    const first = group[0]!.item;
    if (loose.length > 1) marks.push(bin(loose, first.start, first.end, true, first.precision));
    else if (loose.length === 1) marks.push(single(loose[0]!, 'span'));
    for (const placed of group) if (pinned.has(placed.item.article.id)) marks.push(single(placed, 'span'));
  }

  // Points: a bin whose marks would overlap at this zoom becomes one counted mark.
  const binWidth = x(domainStart + BIN_DAYS[unit] * DAY) - x(domainStart);
  for (const group of groupBy(points, ({ item, lane }) => lane.index * DAY_KEYS + dayNumber(bins.floor(item.start))).values()) {
    const loose = group.filter(({ item }) => !pinned.has(item.article.id));
    const crowded = group.length > 1 && isCrowded(group.map(({ item }) => x((item.start + item.end) / 2)), markSize, binWidth);
    if (crowded && loose.length > 1) {
      const start = bins.floor(loose[0]!.item.start);
      marks.push(bin(loose, start, bins.next(start), false, unit));
    } else {
      for (const placed of loose) marks.push(single(placed, 'point'));
    }
    for (const placed of group) if (pinned.has(placed.item.article.id)) marks.push(single(placed, 'point'));
  }

  const measures = showMeasures ? layoutMeasures(prepared.measures, scale, bins, lanes, geometry, markSize) : [];
  return { lanes, marks, measures, unit, undated: prepared.undated, height: lanes.length * geometry.height };
}

/**
 * MeasureSummary glyphs, one per (lane, bin, category, direction). A bin shows as many
 * groups as fit its width, largest first; the last one shown counts the rest ("+n").
 */
function layoutMeasures(
  measures: readonly PreparedMeasure[],
  scale: ScaleTime<number, number>,
  bins: ReturnType<typeof dayCachedFloor>,
  lanes: readonly LaneRow[],
  geometry: LaneGeometry,
  markSize: number,
): MeasureMark[] {
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  interface Group {
    lane: LaneRow;
    binStart: number;
    category: MeasureCategory;
    direction: MeasureDirection;
    refs: MeasureRef[];
    times: number[];
  }
  const groups = new Map<number, Group>();
  const binsByLane = new Map<number, Group[]>();
  for (let i = lowerBound(measures, domainStart); i < measures.length; i++) {
    const measure = measures[i]!;
    if (measure.time >= domainEnd) break;
    const binStart = bins.floor(measure.time);
    for (const index of measure.lanes) {
      const lane = lanes[index];
      if (!lane) continue;
      const id = ((index * CATEGORY_KEYS + categoryKey(measure.category)) * 4 + DIRECTION_KEYS[measure.direction]) * DAY_KEYS + dayNumber(binStart);
      let group = groups.get(id);
      if (!group) {
        group = { lane, binStart, category: measure.category, direction: measure.direction, refs: [], times: [] };
        groups.set(id, group);
        const binKey = index * DAY_KEYS + dayNumber(binStart);
        const inBin = binsByLane.get(binKey);
        if (inBin) inBin.push(group);
        else binsByLane.set(binKey, [group]);
      }
      // A prepared measure is already a ref (article id + index): no new object per measure per frame.
      group.refs.push(measure);
      group.times.push(measure.time);
    }
  }

  const marks: MeasureMark[] = [];
  for (const [binKey, binGroups] of binsByLane) {
    const { lane, binStart } = binGroups[0]!;
    const x0 = scale(binStart);
    const x1 = scale(bins.next(binStart));
    const y = lane.y + geometry.measureY;
    binGroups.sort((a, b) => b.refs.length - a.refs.length || a.category.localeCompare(b.category) || a.direction.localeCompare(b.direction));
    if (binGroups.length === 1) {
      const group = binGroups[0]!;
      // Dates are days: centre on the day, as article points are.
      const meanX = group.times.reduce((sum, time) => sum + scale(time + DAY / 2), 0) / group.times.length;
      marks.push(measureMark(`${binKey}|0`, group, meanX, y));
      continue;
    }
    const capacity = Math.max(1, Math.floor((x1 - x0) / markSize));
    const shown = binGroups.slice(0, capacity);
    const hidden = binGroups.slice(capacity).reduce((sum, group) => sum + group.refs.length, 0);
    const slotWidth = (x1 - x0) / shown.length;
    shown.forEach((group, i) => {
      const mark = measureMark(`${binKey}|${i}`, group, x0 + slotWidth * (i + 0.5), y);
      if (i === shown.length - 1) mark.more = hidden;
      marks.push(mark);
    });
  }
  return marks;
}

function measureMark(
  key: string,
  group: { lane: LaneRow; category: MeasureCategory; direction: MeasureDirection; refs: MeasureRef[] },
  x: number,
  y: number,
): MeasureMark {
  return { key, lane: group.lane.key, x, y, category: group.category, direction: group.direction, count: group.refs.length, refs: group.refs, more: 0 };
}

export interface DensityBin {
  start: number;
  x0: number;
  x1: number;
  count: number;
}

/** ArticleSummary counts per bin (by the start of their publication date), for the brush strip's context histogram. */
export function referenceDensityBins(articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, unit: BinUnit): DensityBin[] {
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const bins = dayCachedFloor(BIN_INTERVALS[unit]);
  const counts = new Map<number, number>();
  for (const article of articles) {
    const start = articleInterval(article)?.start;
    if (start === undefined || start < domainStart || start >= domainEnd) continue;
    const key = bins.floor(start);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([start, count]) => ({ start, count, x0: scale(start), x1: scale(bins.next(start)) }));
}
