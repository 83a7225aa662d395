/** Plain calendar arithmetic on dates without time zones (UTC day numbers). */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: Day): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(value: number): Day {
  const date = new Date(value * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Day, days: number): Day {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function isoDay(date: Day): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseIso(text: string): Day {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Day): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
