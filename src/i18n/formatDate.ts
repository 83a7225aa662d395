import type { DatePrecision } from '../model';
import { localeOf, type Lang } from './index';

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: building one costs far more than formatting with it, and lists format hundreds of dates. */
function formatterFor(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(localeOf(lang), FORMAT_OPTIONS[precision])));
  return formatter;
}

/** Shows only as much of the date as is known: "9 September 2022", "September 2022", "2022". */
export function formatResolvedDate(date: string, precision: DatePrecision, lang: Lang): string {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  if (year === undefined || !Number.isFinite(year) || !Number.isFinite(month) || !Number.isFinite(day)) return date;
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(instant.getTime())) return date;
  return formatterFor(lang, precision).format(instant);
}
