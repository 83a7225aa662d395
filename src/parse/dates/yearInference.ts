import { dayNumber, lastDayOfMonth, weekdayOf, type DayDate } from './calendar';
import type { Window } from './landmarks';

/**
 * Choosing a year for a date written without one. Two kinds of clue:
 * - the landmark window (the publication date must lie inside it);
 * - dates elsewhere in the text whose year is written (a report that says
 *   2021年8月26日 in one place means August 2021 by 8月26日 in another).
 */

export interface YearChoice {
  year: number;
  /** Landmark ids that decided it (empty when written years decided it). */
  landmarks: string[];
}

const FIRST_YEAR = 2019;
const LAST_YEAR = 2023;

function yearsInRange(): number[] {
  const years: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) years.push(year);
  return years;
}

/**
 * Years in which (month, day) — or the whole month when `day` is absent —
 * falls inside [from, to].
 */
export function feasibleYears(month: number, day: number | undefined, from: number, to: number): number[] {
  return yearsInRange().filter((year) => {
    if (day !== undefined) {
      // 2月29日 must not single out a leap year: test the day before instead.
      const probe = month === 2 && day === 29 ? 28 : day;
      const at = dayNumber({ year, month, day: probe });
      return at >= from && at <= to;
    }
    const first = dayNumber({ year, month, day: 1 });
    const last = dayNumber({ year, month, day: lastDayOfMonth(year, month) });
    return last >= from && first <= to;
  });
}

/** A date whose year is written in the text, as an anchor for year-less ones. Lists of anchors are in text order. */
export interface WrittenAnchor {
  date: DayDate;
  offset: number;
}

/**
 * The anchor closest to `offset` (the earlier one on a tie), by binary search
 * over anchors in text order: texts full of dates ask this once per date.
 */
function nearestAnchor(anchors: readonly WrittenAnchor[], offset: number): WrittenAnchor {
  let low = 0;
  let high = anchors.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (anchors[middle]!.offset < offset) low = middle + 1;
    else high = middle;
  }
  const after = anchors[low];
  const before = anchors[low - 1];
  if (!before) return after!;
  if (!after) return before;
  return after.offset - offset < offset - before.offset ? after : before;
}

const HALF_YEAR = 183;

/**
 * The year of an undated (month, day) near `offset`, taken from the closest
 * written date in the text: the year that puts the two dates nearest each
 * other, if that is under half a year (otherwise the anchor says nothing).
 */
export function yearFromWrittenAnchors(
  month: number,
  day: number,
  offset: number,
  anchors: readonly WrittenAnchor[],
  allowed: readonly number[],
): number | null {
  if (anchors.length === 0) return null;
  const nearest = nearestAnchor(anchors, offset);
  const anchorDay = dayNumber(nearest.date);
  let best: { year: number; distance: number } | null = null;
  for (const year of [nearest.date.year - 1, nearest.date.year, nearest.date.year + 1]) {
    if (!allowed.includes(year)) continue;
    const probe = month === 2 && day === 29 ? 28 : day;
    const distance = Math.abs(dayNumber({ year, month, day: probe }) - anchorDay);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best && best.distance < HALF_YEAR ? best.year : null;
}

export interface PublicationDayQuery {
  month: number;
  day?: number;
  weekday?: number;
  offset: number;
}

/**
 * The year of a publication date written without one (a dateline such as
 * 11月8日讯): the date must lie in the landmark window; a written weekday must
 * match; if several years remain, the nearest written date decides.
 */
export function choosePublicationYear(
  query: PublicationDayQuery,
  window: Window,
  anchors: readonly WrittenAnchor[],
): YearChoice | null {
  let years = feasibleYears(query.month, query.day, window.from, window.to);
  if (query.weekday !== undefined && query.day !== undefined) {
    const day = query.day;
    years = years.filter((year) => weekdayOf({ year, month: query.month, day }) === query.weekday);
  }
  if (years.length === 1) return { year: years[0]!, landmarks: window.landmarks };
  if (years.length === 0 || query.day === undefined) return null;
  const year = yearFromWrittenAnchors(query.month, query.day, query.offset, anchors, years);
  return year === null ? null : { year, landmarks: [] };
}

/**
 * The year of an event date mentioned without one, when the publication date
 * is unknown: the event lies before the end of the window and, being news, at
 * most about ten months before its start.
 */
export function chooseEventYear(
  month: number,
  day: number,
  offset: number,
  window: Window,
  anchors: readonly WrittenAnchor[],
): YearChoice | null {
  const fromAnchor = yearFromWrittenAnchors(month, day, offset, anchors, yearsInRange());
  if (fromAnchor !== null) return { year: fromAnchor, landmarks: [] };
  const years = feasibleYears(month, day, window.from - 300, window.to);
  return years.length === 1 ? { year: years[0]!, landmarks: window.landmarks } : null;
}
