import type { Article, ArticleSummary, MeasureSummary } from '../model';
import type { Filters } from '../store/filters';
import { filterInterval, publishedInterval } from './publishedInterval';
import { regionContains } from './regionScope';
import { matchesQuery, normaliseQuery } from './textQuery';
import { byPublicationDate } from './publicationOrder';

export type FilterKey = 'region' | 'date' | 'measures' | 'query';

/** What filtering reads of an article: a summary or a full record both have it. */
export type FilterableArticle = Pick<ArticleSummary, 'id' | 'published' | 'primaryRegions' | 'measures'>;

/**
 * An article is in a region when one of its primary regions lies inside it, or
 * one of its measures applies there (a national roundup reporting Xinjiang's
 * measures belongs to Xinjiang too); merely naming a place is not enough.
 */
export function articleInRegion(article: FilterableArticle, scope: string): boolean {
  return (
    article.primaryRegions.some((code) => regionContains(scope, code)) ||
    article.measures.some((measure) => measure.regionCodes.some((code) => regionContains(scope, code)))
  );
}

export function measureMatches(measure: Pick<MeasureSummary, 'category' | 'direction'>, filters: Pick<Filters, 'categories' | 'directions'>): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(measure.category)) &&
    (filters.directions.length === 0 || filters.directions.includes(measure.direction))
  );
}

/** Undated articles cannot be placed in a date range, so a date filter excludes them (and the UI says how many). */
export function articleInDateRange(article: FilterableArticle, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const interval = publishedInterval(article.published);
  if (!interval) return false;
  const range = filterInterval(from, to);
  return interval.start < range.end && interval.end > range.start;
}

export function createArticleFilter(filters: Filters, ignore: readonly FilterKey[] = []): (article: Article) => boolean {
  const query = normaliseQuery(filters.query);
  const useRegion = filters.region !== null && !ignore.includes('region');
  const useDate = (filters.from !== null || filters.to !== null) && !ignore.includes('date');
  const useMeasures = (filters.categories.length > 0 || filters.directions.length > 0) && !ignore.includes('measures');
  const useQuery = query !== '' && !ignore.includes('query');
  return (article) =>
    (!useRegion || articleInRegion(article, filters.region!)) &&
    (!useDate || articleInDateRange(article, filters.from, filters.to)) &&
    (!useMeasures || article.measures.some((measure) => measureMatches(measure, filters))) &&
    (!useQuery || matchesQuery(article.textSimplified, query));
}

/** The plain, unindexed filter over full records: the reference the corpus index is tested against. */
export function filterArticles(articles: readonly Article[], filters: Filters, ignore: readonly FilterKey[] = []): Article[] {
  return articles.filter(createArticleFilter(filters, ignore)).sort(byPublicationDate);
}
