import { utcMonth, utcYear } from 'd3-time';
import { timeFormatLocale, type TimeLocaleDefinition, type TimeLocaleObject } from 'd3-time-format';
import type { Lang } from '../../i18n';
import type { DatePrecision, PublicationDate } from '../../model';
import { dateInterval } from '../../data/publishedInterval';

const ZH_CN: TimeLocaleDefinition = {
  dateTime: '%x %A %X',
  date: '%Y年%-m月%-d日',
  time: '%H:%M:%S',
  periods: ['上午', '下午'],
  days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
};

const EN_GB: TimeLocaleDefinition = {
  dateTime: '%a %e %b %X %Y',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const LOCALES: Record<Lang, TimeLocaleObject> = { zh: timeFormatLocale(ZH_CN), en: timeFormatLocale(EN_GB) };

/** Date patterns per precision; all dates are UTC calendar dates. */
const PATTERNS: Record<Lang, Record<DatePrecision | 'dayShort' | 'monthShort', string>> = {
  zh: { day: '%Y年%-m月%-d日', month: '%Y年%-m月', year: '%Y年', dayShort: '%-m月%-d日', monthShort: '%b' },
  en: { day: '%-d %b %Y', month: '%b %Y', year: '%Y', dayShort: '%-d %b', monthShort: '%b' },
};

export function formatDate(ms: number, precision: DatePrecision, lang: Lang): string {
  return LOCALES[lang].utcFormat(PATTERNS[lang][precision])(new Date(ms));
}

/** Axis tick labels: the year at year boundaries, the month at month boundaries, else the day. */
export function axisTickFormat(lang: Lang): (date: Date) => string {
  const locale = LOCALES[lang];
  const year = locale.utcFormat(PATTERNS[lang].year);
  const month = locale.utcFormat(PATTERNS[lang].monthShort);
  const day = locale.utcFormat(PATTERNS[lang].dayShort);
  return (date) => (utcMonth.floor(date) < date ? day : utcYear.floor(date) < date ? month : year)(date);
}

/** A partial date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in the UI language. */
export function formatDateString(date: string, precision: DatePrecision, lang: Lang): string {
  const interval = dateInterval(date, precision);
  return interval ? formatDate(interval.start, precision, lang) : date;
}

export function formatPublished(published: Pick<PublicationDate, 'date' | 'precision'>, lang: Lang): string {
  return formatDateString(published.date, published.precision, lang);
}

/** An inclusive day range for a bin or period: [start, end) shown as first–last day. */
export function formatRange(start: number, end: number, lang: Lang): string {
  const last = end - 86_400_000;
  if (last <= start) return formatDate(start, 'day', lang);
  return `${formatDate(start, 'day', lang)} – ${formatDate(last, 'day', lang)}`;
}
