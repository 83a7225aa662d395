import type { Article, ArticleOrigin, ArticleSummary } from '../model';

/** The light part of a full record that collection views and filters work from. */
export function summariseArticle(article: Article, origin: ArticleOrigin): ArticleSummary {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    source: article.source,
    author: article.author,
    script: article.script,
    encoding: article.encoding,
    published: article.published
      ? { date: article.published.date, precision: article.published.precision, inferred: article.published.inferred }
      : null,
    primaryRegions: article.primaryRegions,
    regionCodes: article.regions.map((region) => region.code),
    measures: article.measures.map(({ category, direction, regionCodes, date, start, end }) => ({
      category,
      direction,
      regionCodes,
      date,
      start,
      end,
    })),
    damaged: article.damage.length > 0,
    origin,
  };
}
