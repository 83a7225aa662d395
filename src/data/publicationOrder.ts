import type { ArticleSummary } from '../model';
import { publishedInterval } from './publishedInterval';

type Dated = Pick<ArticleSummary, 'id' | 'published'>;

const sortKeys = new WeakMap<Dated, number>();

/** Start of the publication date, cached: sorting thousands of articles compares each many times. */
function sortKey(article: Dated): number {
  let key = sortKeys.get(article);
  if (key === undefined) {
    key = publishedInterval(article.published)?.start ?? Number.POSITIVE_INFINITY;
    sortKeys.set(article, key);
  }
  return key;
}

/** Oldest first, undated last, ties by id: the order of every article list. */
export function byPublicationDate(a: Dated, b: Dated): number {
  return sortKey(a) - sortKey(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
