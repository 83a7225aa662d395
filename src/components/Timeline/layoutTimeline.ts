import type { ScaleTime } from 'd3-scale';
import type { ArticleSummary, DatePrecision, MeasureCategory, MeasureDirection } from '../../model';
import { buildCorpusIndex, type CorpusIndex } from '../../data/corpusIndex';
import { BIN_DAYS, binFloor, binNext, chooseBinUnit, dayNumber, lowerBound, lowerBoundBy, type BinUnit } from './binning';
import { EVERY_MEASURE, type LanePlan, type MeasurePredicate } from './lanes';
import { placeSelection, type PlacedSelection } from './placeSelection';
import type { SelectionPlan } from './selectionPlan';
import { categoryOfPair, directionOfPair, PAIR_COUNT } from '../../data/measureColumns';
import { pairMaskOf, PRECISIONS, timelineColumns, type TimelineColumns } from './timelineColumns';
import { DAY } from './timeScale';

export { BIN_INTERVALS, chooseBinUnit, type BinUnit } from './binning';

/** Vertical layout inside one lane: a row of dated points, a row of spans, and a row of measure glyphs. */
export interface LaneGeometry {
  height: number;
  pointY: number;
  spanY: number;
  spanHeight: number;
  measureY: number;
}

/** Many lanes (all measure categories) get a tighter row so the timeline stays on screen. */
export function laneGeometry(showMeasures: boolean, laneCount = 0): LaneGeometry {
  const compact = laneCount > 10;
  if (!showMeasures) return compact ? { height: 22, pointY: 7, spanY: 14, spanHeight: 5, measureY: 0 } : { height: 26, pointY: 9, spanY: 17, spanHeight: 6, measureY: 0 };
  return compact ? { height: 30, pointY: 7, spanY: 13, spanHeight: 5, measureY: 24 } : { height: 36, pointY: 9, spanY: 17, spanHeight: 6, measureY: 29 };
}

export interface LaneRow {
  key: string;
  index: number;
  y: number;
  height: number;
  count: number;
}

export interface PlacedMark {
  lane: string;
  laneIndex: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  /** Horizontal centre, used for focus order and tooltips. */
  cx: number;
  y: number;
}

/** One article: a point for an exact day, a span for a month- or year-precision date. */
export interface ArticleMark extends PlacedMark {
  kind: 'point' | 'span';
  articleId: string;
  /** The article's position in the collection. */
  position: number;
  precision: DatePrecision;
  inferred: boolean;
}

/** Articles that would overlap at this zoom, drawn as one mark with their count. */
export interface BinMark extends PlacedMark {
  kind: 'bin';
  /** Whether the binned articles have month/year dates (drawn in the span row). */
  span: boolean;
  unit: BinUnit | DatePrecision;
  count: number;
  /** Positions of the binned articles in the collection. */
  members: Uint32Array;
  readonly articleIds: string[];
  holds(position: number): boolean;
}

export type TimelineMark = ArticleMark | BinMark;

export interface MeasureRef {
  articleId: string;
  measureIndex: number;
}

export interface MeasureMark {
  key: string;
  lane: string;
  laneIndex: number;
  x: number;
  y: number;
  category: MeasureCategory;
  direction: MeasureDirection;
  count: number;
  /** The measures behind the glyph in time order, listed when asked for. */
  readonly refs: MeasureRef[];
  /** Measures of other groups in the same bin that did not fit beside this glyph (drawn as "+n"). */
  more: number;
  /** Whether one of the glyph's measures belongs to the article at this collection position. */
  holds(position: number): boolean;
}

export interface TimelineLayout {
  lanes: LaneRow[];
  marks: TimelineMark[];
  measures: MeasureMark[];
  unit: BinUnit;
  undated: number;
  height: number;
}

export interface FrameOptions {
  geometry: LaneGeometry;
  /** Diameter of a point mark; marks closer than this in a bin are aggregated. */
  markSize?: number;
  showMeasures?: boolean;
  /** Positions of articles always drawn on their own (the selected one), even inside a crowded bin. */
  pinned?: readonly number[];
}

class ArticleBin implements BinMark {
  readonly kind = 'bin';
  constructor(
    readonly lane: string,
    readonly laneIndex: number,
    readonly start: number,
    readonly end: number,
    readonly x0: number,
    readonly x1: number,
    readonly cx: number,
    readonly y: number,
    readonly span: boolean,
    readonly unit: BinUnit | DatePrecision,
    readonly count: number,
    readonly members: Uint32Array,
    private readonly articles: readonly ArticleSummary[],
  ) {}

  get articleIds(): string[] {
    return Array.from(this.members, (position) => this.articles[position]!.id);
  }

  holds(position: number): boolean {
    return this.members.includes(position);
  }
}

class MeasureGlyph implements MeasureMark {
  more = 0;
  constructor(
    readonly key: string,
    readonly lane: string,
    readonly laneIndex: number,
    readonly x: number,
    readonly y: number,
    readonly count: number,
    private readonly pair: number,
    private readonly placed: PlacedSelection,
    /** The glyph's measures happened in [from, to). */
    private readonly from: number,
    private readonly to: number,
  ) {}

  get category(): MeasureCategory {
    return categoryOfPair(this.pair);
  }

  get direction(): MeasureDirection {
    return directionOfPair(this.pair);
  }

  holds(position: number): boolean {
    const { columns, mask, pairs, lists } = this.placed;
    if (mask[position] !== 1) return false;
    const { articleMeasureStart, measurePair, measureTime, measureDrawList } = columns;
    for (let m = articleMeasureStart[position]!; m < articleMeasureStart[position + 1]!; m++) {
      if (measurePair[m] !== this.pair || pairs[this.pair] === 0) continue;
      const time = measureTime[m]!;
      if (!(time >= this.from && time < this.to)) continue;
      const list = measureDrawList[m]!;
      for (let k = lists.start[list]!; k < lists.start[list + 1]!; k++) if (lists.items[k] === this.laneIndex) return true;
    }
    return false;
  }

  /** Found again among the collection's measures: frames count measures, and only a hovered or chosen glyph needs them listed. */
  get refs(): MeasureRef[] {
    const { columns, mask, lists } = this.placed;
    const { timed, articles } = columns;
    const refs: MeasureRef[] = [];
    for (let id = lowerBound(timed.time, 0, timed.time.length, this.from); id < timed.time.length && timed.time[id]! < this.to; id++) {
      if (timed.pair[id] !== this.pair || mask[timed.article[id]!] === 0) continue;
      const list = timed.drawList[id]!;
      for (let k = lists.start[list]!; k < lists.start[list + 1]!; k++) {
        if (lists.items[k] === this.laneIndex) refs.push({ articleId: articles[timed.article[id]!]!.id, measureIndex: timed.index[id]! });
      }
    }
    return refs;
  }
}

/** Whether sorted positions come closer than a mark; more marks than could fit side by side are crowded. */
function isCrowded(xs: Float64Array, count: number, markSize: number, span: number): boolean {
  if ((count - 1) * markSize > span) return true;
  for (let i = 1; i < count; i++) if (xs[i]! - xs[i - 1]! < markSize) return true;
  return false;
}

/** Spans are at most a year long: a span starting this long before the domain cannot reach into it. */
const LONGEST_SPAN = 367 * DAY;

/** Group order inside a measure bin, after count: category, then direction, by name. */
const PAIR_ORDER = (() => {
  const pairs = Array.from({ length: PAIR_COUNT }, (_, pair) => pair).sort(
    (a, b) => categoryOfPair(a).localeCompare(categoryOfPair(b)) || directionOfPair(a).localeCompare(directionOfPair(b)),
  );
  const rank = new Uint8Array(PAIR_COUNT);
  pairs.forEach((pair, index) => (rank[pair] = index));
  return rank;
})();

export function laneRows(plan: LanePlan, geometry: LaneGeometry): LaneRow[] {
  return plan.keys.map((key, index) => ({ key, index, y: index * geometry.height, height: geometry.height, count: plan.counts.get(key) ?? 0 }));
}

/**
 * One zoom frame: bins the placed selection at the scale's resolution. Work is
 * proportional to the visible articles, and objects are made only for the marks drawn.
 */
export function layoutFrame(placed: PlacedSelection, scale: ScaleTime<number, number>, options: FrameOptions, lanes = laneRows(placed.plan, options.geometry)): TimelineLayout {
  const { geometry, markSize = 10, showMeasures = false, pinned = [] } = options;
  const { columns } = placed;
  const { start, end, precision, inferred, articles } = columns;
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  // A linear map from time to x, so a frame calls no d3 per mark.
  const k = (r1 - r0) / (domainEnd - domainStart || 1);
  const x = (time: number) => r0 + (time - domainStart) * k;
  const unit = chooseBinUnit(scale, markSize);
  const isPinned = (position: number) => pinned.includes(position);
  const marks: TimelineMark[] = [];

  const single = (p: number, lane: LaneRow, kind: 'point' | 'span'): ArticleMark => {
    const x0 = kind === 'point' ? x((start[p]! + end[p]!) / 2) : x(start[p]!);
    const x1 = kind === 'point' ? x0 : x(end[p]!);
    return {
      kind,
      articleId: articles[p]!.id,
      position: p,
      precision: PRECISIONS[precision[p]!]!,
      inferred: inferred[p] === 1,
      lane: lane.key,
      laneIndex: lane.index,
      start: start[p]!,
      end: end[p]!,
      x0,
      x1,
      cx: (x0 + x1) / 2,
      y: lane.y + (kind === 'point' ? geometry.pointY : geometry.spanY + geometry.spanHeight / 2),
    };
  };
  const bin = (lane: LaneRow, binStart: number, binEnd: number, span: boolean, binUnit: BinMark['unit'], members: Uint32Array) => {
    const x0 = x(binStart);
    const x1 = x(binEnd);
    const y = lane.y + (span ? geometry.spanY + geometry.spanHeight / 2 : geometry.pointY);
    return new ArticleBin(lane.key, lane.index, binStart, binEnd, x0, x1, (x0 + x1) / 2, y, span, binUnit, members.length, members, articles);
  };
  /** `items[from … to)` without the pinned articles (the same view when none is pinned). */
  const loose = (items: Uint32Array, from: number, to: number, pinnedCount: number) =>
    pinnedCount === 0 ? items.subarray(from, to) : items.slice(from, to).filter((p) => !isPinned(p));

  // Spans: identical intervals in a lane would sit exactly on top of each other, so they merge.
  const spans = placed.spans;
  for (const lane of lanes) {
    const to = spans.start[lane.index + 1]!;
    let i = lowerBoundBy(spans.items, spans.start[lane.index]!, to, start, domainStart - LONGEST_SPAN);
    while (i < to) {
      const first = spans.items[i]!;
      const s = start[first]!;
      const e = end[first]!;
      if (s >= domainEnd) break;
      let j = i;
      let pinnedCount = 0;
      while (j < to && start[spans.items[j]!] === s && end[spans.items[j]!] === e) {
        if (isPinned(spans.items[j]!)) pinnedCount++;
        j++;
      }
      if (e > domainStart) {
        const looseCount = j - i - pinnedCount;
        if (looseCount > 1) marks.push(bin(lane, s, e, true, PRECISIONS[precision[first]!]!, loose(spans.items, i, j, pinnedCount)));
        for (let m = i; m < j; m++) {
          const p = spans.items[m]!;
          if (isPinned(p) || looseCount === 1) marks.push(single(p, lane, 'span'));
        }
      }
      i = j;
    }
  }

  // Points: a bin whose marks would overlap at this zoom becomes one counted mark.
  const points = placed.points;
  const binWidth = BIN_DAYS[unit] * DAY * k;
  let xs = new Float64Array(64);
  for (const lane of lanes) {
    const to = points.start[lane.index + 1]!;
    let i = lowerBoundBy(points.items, points.start[lane.index]!, to, start, domainStart - DAY);
    while (i < to && end[points.items[i]!]! <= domainStart) i++;
    while (i < to) {
      const s = start[points.items[i]!]!;
      if (s >= domainEnd) break;
      const binStart = binFloor(s, unit);
      const binEnd = binNext(binStart, unit);
      let j = i;
      let pinnedCount = 0;
      while (j < to && start[points.items[j]!]! < binEnd && start[points.items[j]!]! < domainEnd) {
        const p = points.items[j]!;
        if (j - i >= xs.length) {
          const grown = new Float64Array(xs.length * 2);
          grown.set(xs);
          xs = grown;
        }
        xs[j - i] = x((start[p]! + end[p]!) / 2);
        if (isPinned(p)) pinnedCount++;
        j++;
      }
      const count = j - i;
      const crowded = count > 1 && isCrowded(xs, count, markSize, binWidth);
      if (crowded && count - pinnedCount > 1) marks.push(bin(lane, binStart, binEnd, false, unit, loose(points.items, i, j, pinnedCount)));
      for (let m = i; m < j; m++) {
        const p = points.items[m]!;
        if (isPinned(p) || !crowded || count - pinnedCount <= 1) marks.push(single(p, lane, 'point'));
      }
      i = j;
    }
  }

  const measures = showMeasures ? layoutMeasures(placed, lanes, unit, domainStart, domainEnd, x, geometry, markSize) : [];
  return { lanes, marks, measures, unit, undated: placed.undated, height: lanes.length * geometry.height };
}

/**
 * Measure glyphs, one per (lane, bin, category, direction). A bin shows as many
 * groups as fit its width, largest first; the last one shown counts the rest ("+n").
 */
function layoutMeasures(
  placed: PlacedSelection,
  lanes: readonly LaneRow[],
  unit: BinUnit,
  domainStart: number,
  domainEnd: number,
  x: (time: number) => number,
  geometry: LaneGeometry,
  markSize: number,
): MeasureMark[] {
  const { runStart, runTime, runPair, runCount } = placed.measures;
  const counts = new Int32Array(PAIR_COUNT);
  const timeSums = new Float64Array(PAIR_COUNT);
  const present: number[] = [];
  const byCountThenName = (a: number, b: number) => counts[b]! - counts[a]! || PAIR_ORDER[a]! - PAIR_ORDER[b]!;
  const marks: MeasureMark[] = [];
  for (const lane of lanes) {
    const to = runStart[lane.index + 1]!;
    let i = lowerBound(runTime, runStart[lane.index]!, to, domainStart);
    const y = lane.y + geometry.measureY;
    while (i < to) {
      const t = runTime[i]!;
      if (t >= domainEnd) break;
      const binStart = binFloor(t, unit);
      const binEnd = binNext(binStart, unit);
      let j = i;
      present.length = 0;
      for (; j < to; j++) {
        const time = runTime[j]!;
        if (time >= binEnd || time >= domainEnd) break;
        const pair = runPair[j]!;
        if (counts[pair] === 0) present.push(pair);
        counts[pair]! += runCount[j]!;
        timeSums[pair]! += time * runCount[j]!;
      }
      const binKey = lane.index * 100_000 + dayNumber(binStart);
      const from = Math.max(binStart, domainStart);
      const until = Math.min(binEnd, domainEnd);
      const glyph = (index: number, pair: number, gx: number) => new MeasureGlyph(`${binKey}|${index}`, lane.key, lane.index, gx, y, counts[pair]!, pair, placed, from, until);
      if (present.length === 1) {
        const pair = present[0]!;
        // Dates are days: centre on the day, as article points are.
        marks.push(glyph(0, pair, x(timeSums[pair]! / counts[pair]! + DAY / 2)));
      } else {
        present.sort(byCountThenName);
        const x0 = x(binStart);
        const x1 = x(binEnd);
        const capacity = Math.max(1, Math.floor((x1 - x0) / markSize));
        const shown = Math.min(capacity, present.length);
        let hidden = 0;
        for (let g = shown; g < present.length; g++) hidden += counts[present[g]!]!;
        const slotWidth = (x1 - x0) / shown;
        for (let g = 0; g < shown; g++) {
          const mark = glyph(g, present[g]!, x0 + slotWidth * (g + 0.5));
          if (g === shown - 1) mark.more = hidden;
          marks.push(mark);
        }
      }
      for (const pair of present) {
        counts[pair] = 0;
        timeSums[pair] = 0;
      }
      i = j;
    }
  }
  return marks;
}

export interface LayoutOptions extends Omit<FrameOptions, 'pinned'> {
  plan: LanePlan;
  measureMatches?: MeasurePredicate;
  /** Ids of articles always drawn on their own. */
  pinned?: ReadonlySet<string>;
}

const indexes = new WeakMap<readonly ArticleSummary[], CorpusIndex>();

/** A plan's lanes for the columns' raw keys. */
function withRawLanes(plan: LanePlan, columns: TimelineColumns): SelectionPlan {
  if ('laneOfRaw' in plan && plan.laneOfRaw instanceof Int16Array && plan.laneOfRaw.length === columns.rawKeys.length) return plan as SelectionPlan;
  const laneOfRaw = Int16Array.from(columns.rawKeys, (key) => plan.keys.indexOf(plan.laneOf(key)));
  return { ...plan, laneOfRaw };
}

/** Layout of a list of articles in one call (columns, placement and frame): for tests and one-off uses. */
export function layoutTimeline(articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, options: LayoutOptions): TimelineLayout {
  let index = indexes.get(articles);
  if (!index) indexes.set(articles, (index = buildCorpusIndex(articles)));
  const columns = timelineColumns(index, options.plan.mode);
  const pairs = pairMaskOf(options.measureMatches ?? EVERY_MEASURE);
  const positions = Uint32Array.from(articles.keys());
  const placed = placeSelection(columns, withRawLanes(options.plan, columns), { positions, mask: new Uint8Array(articles.length).fill(1) }, pairs);
  const pinned = options.pinned ? articles.flatMap((article, position) => (options.pinned!.has(article.id) ? [position] : [])) : [];
  return layoutFrame(placed, scale, { ...options, pinned });
}
