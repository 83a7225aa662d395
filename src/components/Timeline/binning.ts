import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3-time';
import { DAY } from './timeScale';

export type BinUnit = 'day' | 'week' | 'month';

export const BIN_INTERVALS: Record<BinUnit, CountableTimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth };
/** A bin's nominal width, for deciding whether marks in it would overlap. */
export const BIN_DAYS: Record<BinUnit, number> = { day: 1, week: 7, month: 31 };

/** The finest of day/week/month whose bins are at least a mark wide at this zoom. */
export function chooseBinUnit(scale: ScaleTime<number, number>, markSize: number): BinUnit {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerDay = (r1 - r0) / Math.max(1, (d1 - d0) / DAY);
  if (pxPerDay >= markSize) return 'day';
  if (pxPerDay * 7 >= markSize) return 'week';
  return 'month';
}

/** Start of the bin holding `time` (UTC days, Monday weeks, months), as d3's intervals floor, without allocating per call for days and weeks. */
export function binFloor(time: number, unit: BinUnit): number {
  const day = Math.floor(time / DAY);
  if (unit === 'day') return day * DAY;
  if (unit === 'week') return (day - ((((day + 3) % 7) + 7) % 7)) * DAY;
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Start of the bin after the one starting at `start`. */
export function binNext(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Small integer for a day-aligned time, to build numeric keys. */
export const dayNumber = (time: number): number => Math.round(time / DAY);

/** First index in `items[from … to)` whose time (`times[item]`) is ≥ `time`. */
export function lowerBoundBy(items: Uint32Array, from: number, to: number, times: Float64Array, time: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[items[mid]!]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `values[from … to)` (ascending) that is ≥ `value`. */
export function lowerBound(values: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
