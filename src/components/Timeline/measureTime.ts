import type { ArticleSummary, MeasureSummary } from '../../model';
import { dateInterval, precisionOf, publishedInterval, type TimeInterval } from '../../data/publishedInterval';

// Layouts rerun on every zoom frame over thousands of articles; parsing each date once keeps that cheap.
const intervals = new WeakMap<ArticleSummary, TimeInterval | null>();
const dateStarts = new Map<string, number | null>();

/** The article's publication interval (memoised per article object). */
export function articleInterval(article: ArticleSummary): TimeInterval | null {
  let interval = intervals.get(article);
  if (interval === undefined) {
    interval = publishedInterval(article.published);
    intervals.set(article, interval);
  }
  return interval;
}

/**
 * When a measure happened, in epoch ms: the date its sentence gives, else the
 * article's publication date. A month- or year-precision date counts from its
 * first day (its span is not spread over periods), which keeps each measure in
 * exactly one period. Null when neither is known.
 */
export function measureTime(measure: MeasureSummary, article: ArticleSummary): number | null {
  // Cached per date string: a million measures share a few thousand dates.
  let own: number | null | undefined = null;
  if (measure.date) {
    own = dateStarts.get(measure.date);
    if (own === undefined) dateStarts.set(measure.date, (own = dateInterval(measure.date, precisionOf(measure.date))?.start ?? null));
  }
  return own ?? articleInterval(article)?.start ?? null;
}
