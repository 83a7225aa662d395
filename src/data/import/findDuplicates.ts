import type { Article, ArticleSummary } from '../../model';
import { contentKey } from './contentKey';
import type { ArticleRef } from './outcome';

export interface KnownArticles {
  /** Full records already imported into this browser. */
  added: readonly Article[];
  /** The built collection, known here only by summaries. */
  collection: readonly ArticleSummary[];
  /** Full records of collection articles, fetched on demand. */
  loadCollectionArticles: (ids: readonly string[]) => Promise<Article[]>;
}

const refOf = (article: { id: string; title: string }): ArticleRef => ({ id: article.id, title: article.title });

/** An article already here, or the position of an earlier article of the same batch. */
export type Duplicate = { of: ArticleRef } | { ofIncoming: number };

/**
 * For each incoming article, the article with the same content it repeats —
 * one already imported, one of the collection, or an earlier one of the same
 * batch — or null. Collection texts are fetched only for articles whose title
 * matches (the same text always cleans to the same title), then compared by
 * content key like the rest. If they cannot be fetched (offline), those
 * articles are not held to be duplicates.
 */
export async function findDuplicates(incoming: readonly Article[], known: KnownArticles): Promise<Array<Duplicate | null>> {
  const seen = new Map<string, Duplicate>();
  for (const article of known.added) seen.set(await contentKey(article), { of: refOf(article) });

  const titles = new Set(incoming.map((article) => article.title));
  const candidates = known.collection.filter((summary) => titles.has(summary.title)).map((summary) => summary.id);
  if (candidates.length > 0) {
    try {
      for (const article of await known.loadCollectionArticles(candidates)) {
        const key = await contentKey(article);
        if (!seen.has(key)) seen.set(key, { of: refOf(article) });
      }
    } catch {
      // Unverifiable: importing a possible copy beats refusing a possibly new article.
    }
  }

  const result: Array<Duplicate | null> = [];
  for (const [index, article] of incoming.entries()) {
    const key = await contentKey(article);
    const earlier = seen.get(key);
    result.push(earlier ?? null);
    if (!earlier) seen.set(key, { ofIncoming: index });
  }
  return result;
}
