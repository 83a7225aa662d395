/** Small calendar helpers on plain year/month/day numbers (no time zones involved). */

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Days since 1970-01-01; comparable and subtractable. */
export function dayNumber(date: DayDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromDayNumber(days: number): DayDate {
  const probe = new Date(days * DAY_MS);
  return { year: probe.getUTCFullYear(), month: probe.getUTCMonth() + 1, day: probe.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: DayDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function formatDay(date: DayDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** Parses `YYYY-MM-DD` (as written in the landmarks table). */
export function parseIsoDay(iso: string): DayDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day || !isValidDay(year, month, day)) throw new Error(`Not a day: ${iso}`);
  return { year, month, day };
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
