import type { DatePrecision, PublicationDate } from '../model';

/** Half-open UTC interval [start, end) in epoch ms. */
export interface TimeInterval {
  start: number;
  end: number;
}

/** A resolved date string says its own precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function precisionOf(date: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'year';
}

const intervals = new Map<string, TimeInterval | null>();

/**
 * The whole span a partial date covers: a month-precision date is the whole month, never its first day.
 * Cached per date (a collection has a few thousand distinct dates and tens of thousands of articles); treat the result as read-only.
 */
export function dateInterval(date: string, precision: DatePrecision): TimeInterval | null {
  const key = `${precision}${date}`;
  let interval = intervals.get(key);
  if (interval === undefined) {
    interval = computeDateInterval(date, precision);
    if (interval !== null) Object.freeze(interval);
    intervals.set(key, interval);
  }
  return interval;
}

function computeDateInterval(date: string, precision: DatePrecision): TimeInterval | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : 0;
  const day = match[3] ? Number(match[3]) : 1;
  const start = Date.UTC(year, month, day);
  if (Number.isNaN(start)) return null;
  const end =
    precision === 'day' ? Date.UTC(year, month, day + 1) : precision === 'month' ? Date.UTC(year, month + 1, 1) : Date.UTC(year + 1, 0, 1);
  return { start, end };
}

export function publishedInterval(published: Pick<PublicationDate, 'date' | 'precision'> | null): TimeInterval | null {
  return published ? dateInterval(published.date, published.precision) : null;
}

/** `YYYY-MM-DD` of a UTC epoch ms. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function parseIsoDay(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(ms) || isoDay(ms) !== value) return null;
  return ms;
}

const DAY = 86_400_000;

/** Filter range [from, to] (inclusive days) as a half-open interval; open ends reach ±infinity. */
export function filterInterval(from: string | null, to: string | null): TimeInterval {
  const start = from === null ? Number.NEGATIVE_INFINITY : (parseIsoDay(from) ?? Number.NEGATIVE_INFINITY);
  const end = to === null ? Number.POSITIVE_INFINITY : (parseIsoDay(to) ?? Number.NEGATIVE_INFINITY) + DAY;
  return { start, end };
}
