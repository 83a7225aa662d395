import type { Article, ArticleOrigin, ArticleSummary, PublishedDateSummary } from '../model';
import { summariseGiven } from './givenMetadata';
import { precisionOf } from './publishedInterval';

/**
 * The date an article is placed at on the timeline, in date filters and in list
 * order: the archive row's own date when it gives one, else the date read from the text.
 */
function placementDate(article: Pick<Article, 'given' | 'published'>): PublishedDateSummary | null {
  const rowDate = article.given?.date;
  if (rowDate) return { date: rowDate, precision: precisionOf(rowDate), inferred: false };
  const { published } = article;
  return published ? { date: published.date, precision: published.precision, inferred: published.inferred } : null;
}

/** The light part of a full record that collection views and filters work from. */
export function summariseArticle(article: Article, origin: ArticleOrigin): ArticleSummary {
  const given = summariseGiven(article.given);
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    source: article.source,
    author: article.author,
    script: article.script,
    encoding: article.encoding,
    published: placementDate(article),
    primaryRegions: article.primaryRegions,
    regionCodes: article.regions.map((region) => region.code),
    measures: article.measures.map(({ category, direction, regionCodes, date }) => ({ category, direction, regionCodes, date })),
    damaged: article.damage.length > 0,
    origin,
    ...(given ? { given } : {}),
  };
}
