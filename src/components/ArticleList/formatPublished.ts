import type { PublicationDate } from '../../model';
import { localeOf, type Lang } from '../../i18n';
import { dateInterval } from '../../data/publishedInterval';

/** A publication date at exactly the precision the parser claims: never a made-up day. */
export function formatPublished(published: PublicationDate, lang: Lang): string {
  const interval = dateInterval(published.date, published.precision);
  if (!interval) return published.date;
  const options: Intl.DateTimeFormatOptions =
    published.precision === 'day'
      ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : published.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(new Date(interval.start));
}
