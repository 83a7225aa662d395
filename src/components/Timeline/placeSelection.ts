import type { SelectionPlan } from './selectionPlan';
import { UNDATED, type TimelineColumns } from './timelineColumns';

/** Rows of a CSR table: lane L holds `items[start[L] … start[L + 1] − 1]`. */
export interface LaneRows {
  start: Uint32Array;
  items: Uint32Array;
}

/**
 * Matching measures counted per lane, day and kind, by day within each lane: a
 * zoom frame adds up these runs, several times fewer than the measures.
 */
export interface MeasureRows {
  /** Lane L's runs are `runStart[L] … runStart[L + 1] − 1`. */
  runStart: Uint32Array;
  runTime: Float64Array;
  runPair: Uint8Array;
  runCount: Uint32Array;
}

/**
 * The selected articles and matching measures sorted into their drawn lanes, in
 * time order within each lane: what every zoom frame bins. Built once per filter
 * change, from typed arrays only.
 */
export interface PlacedSelection {
  columns: TimelineColumns;
  plan: SelectionPlan;
  /** Day-precision articles (positions) by start. */
  points: LaneRows;
  /** Month/year articles (positions) by start, then end. */
  spans: LaneRows;
  measures: MeasureRows;
  undated: number;
  /** What chose them, to list a glyph's measures when asked. */
  mask: Uint8Array;
  pairs: Uint8Array;
  /** Drawn lanes of each of the columns' lane lists. */
  lists: LaneRows;
}

/** Drawn lanes of each of the columns' lane lists under a plan, without duplicates (two merged provinces are one "other"). */
function drawnLists(columns: TimelineColumns, plan: SelectionPlan): LaneRows {
  const { laneListStart, laneListKeys } = columns;
  const lists = laneListStart.length - 1;
  const start = new Uint32Array(lists + 1);
  const items = new Uint32Array(laneListKeys.length);
  let count = 0;
  for (let list = 0; list < lists; list++) {
    const first = count;
    for (let k = laneListStart[list]!; k < laneListStart[list + 1]!; k++) {
      const lane = plan.laneOfRaw[laneListKeys[k]!]!;
      if (lane < 0) continue;
      let seen = false;
      for (let j = first; j < count; j++) if (items[j] === lane) seen = true;
      if (!seen) items[count++] = lane;
    }
    start[list + 1] = count;
  }
  return { start, items };
}

/** Turns per-lane counts (at `start[lane + 1]`) into row starts; returns the fill cursor of each lane. */
function rowStarts(start: Uint32Array): Uint32Array {
  for (let lane = 1; lane < start.length; lane++) start[lane]! += start[lane - 1]!;
  return start.slice(0, start.length - 1);
}

/** Articles of `order` into lanes. Province mode: the lanes of their provinces; category mode: of their matching measures' categories, else none. */
function placeArticles(columns: TimelineColumns, plan: SelectionPlan, lists: LaneRows, order: Uint32Array, mask: Uint8Array, pairs: Uint8Array): LaneRows {
  const { articleList, articleMeasureStart, measurePair, measureDrawList, mode } = columns;
  const laneCount = plan.keys.length;
  const rowLanes = new Int16Array(laneCount);
  const seen = new Uint32Array(laneCount);
  let stamp = 0;
  const noneDrawn = plan.laneOfRaw[columns.noneKey]!;
  /** Writes the article's lanes into rowLanes, returns how many. */
  const lanesOf = (p: number): number => {
    if (mode === 'province') {
      const list = articleList[p]!;
      let count = 0;
      for (let k = lists.start[list]!; k < lists.start[list + 1]!; k++) rowLanes[count++] = lists.items[k]!;
      return count;
    }
    stamp++;
    let count = 0;
    let matched = false;
    for (let m = articleMeasureStart[p]!; m < articleMeasureStart[p + 1]!; m++) {
      if (pairs[measurePair[m]!] === 0) continue;
      matched = true;
      const list = measureDrawList[m]!;
      for (let k = lists.start[list]!; k < lists.start[list + 1]!; k++) {
        const lane = lists.items[k]!;
        if (seen[lane] !== stamp) {
          seen[lane] = stamp;
          rowLanes[count++] = lane;
        }
      }
    }
    if (!matched && noneDrawn >= 0) rowLanes[count++] = noneDrawn;
    return count;
  };
  const start = new Uint32Array(laneCount + 1);
  const selected = new Uint32Array(order.length);
  let selectedCount = 0;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    if (mask[p] === 0) continue;
    selected[selectedCount++] = p;
    const count = lanesOf(p);
    for (let k = 0; k < count; k++) start[rowLanes[k]! + 1]!++;
  }
  const fill = rowStarts(start);
  const items = new Uint32Array(start[laneCount]!);
  for (let i = 0; i < selectedCount; i++) {
    const p = selected[i]!;
    const count = lanesOf(p);
    for (let k = 0; k < count; k++) items[fill[rowLanes[k]!]!++] = p;
  }
  return { start, items };
}

/** Counts the matching measures of selected articles per drawn lane, day and kind, in one pass over the time-sorted measures. */
function placeMeasures(columns: TimelineColumns, lists: LaneRows, laneCount: number, mask: Uint8Array, pairs: Uint8Array): MeasureRows {
  const { article, pair: pairOf, time: timeOf, drawList } = columns.timed;
  const measureCount = article.length;
  const stride = pairs.length;
  const counts = new Uint32Array(laneCount * stride);
  // (lane · stride + pair) of the cells counted on the current day.
  const present: number[] = [];
  let cellLane: Uint16Array = new Uint16Array(4096);
  let cellPair: Uint8Array = new Uint8Array(4096);
  let cellCount: Uint32Array = new Uint32Array(4096);
  let cellTime: Float64Array = new Float64Array(4096);
  let cells = 0;
  const laneRuns = new Uint32Array(laneCount + 1);
  const flush = (day: number) => {
    if (cells + present.length > cellLane.length) {
      const size = Math.max(cellLane.length * 2, cells + present.length);
      const grow = <T extends Uint16Array | Uint8Array | Uint32Array | Float64Array>(old: T, make: (n: number) => T) => {
        const grown = make(size);
        grown.set(old);
        return grown;
      };
      cellLane = grow(cellLane, (n) => new Uint16Array(n));
      cellPair = grow(cellPair, (n) => new Uint8Array(n));
      cellCount = grow(cellCount, (n) => new Uint32Array(n));
      cellTime = grow(cellTime, (n) => new Float64Array(n));
    }
    for (const cell of present) {
      const lane = Math.floor(cell / stride);
      cellLane[cells] = lane;
      cellPair[cells] = cell - lane * stride;
      cellCount[cells] = counts[cell]!;
      cellTime[cells] = day;
      laneRuns[lane + 1]!++;
      cells++;
      counts[cell] = 0;
    }
    present.length = 0;
  };
  let day = Number.NaN;
  for (let id = 0; id < measureCount; id++) {
    const pair = pairOf[id]!;
    if (pairs[pair] === 0 || mask[article[id]!] === 0) continue;
    const time = timeOf[id]!;
    if (time !== day) {
      flush(day);
      day = time;
    }
    const list = drawList[id]!;
    for (let k = lists.start[list]!; k < lists.start[list + 1]!; k++) {
      const cell = lists.items[k]! * stride + pair;
      const before = counts[cell]!;
      counts[cell] = before + 1;
      if (before === 0) present.push(cell);
    }
  }
  flush(day);
  // Cells come by day; a stable counting sort groups them by lane, keeping days in order.
  const fill = rowStarts(laneRuns);
  const runTime = new Float64Array(cells);
  const runPair = new Uint8Array(cells);
  const runCount = new Uint32Array(cells);
  for (let c = 0; c < cells; c++) {
    const at = fill[cellLane[c]!]!++;
    runTime[at] = cellTime[c]!;
    runPair[at] = cellPair[c]!;
    runCount[at] = cellCount[c]!;
  }
  return { runStart: laneRuns, runTime, runPair, runCount };
}

export function placeSelection(columns: TimelineColumns, plan: SelectionPlan, selection: { positions: Uint32Array; mask: Uint8Array }, pairs: Uint8Array): PlacedSelection {
  const lists = drawnLists(columns, plan);
  const laneCount = plan.keys.length;
  const { mask, positions } = selection;
  let undated = 0;
  for (let i = 0; i < positions.length; i++) if (columns.precision[positions[i]!] === UNDATED) undated++;
  return {
    columns,
    plan,
    points: placeArticles(columns, plan, lists, columns.pointOrder, mask, pairs),
    spans: placeArticles(columns, plan, lists, columns.spanOrder, mask, pairs),
    measures: placeMeasures(columns, lists, laneCount, mask, pairs),
    undated,
    mask,
    pairs,
    lists,
  };
}
