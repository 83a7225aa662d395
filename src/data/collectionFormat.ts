import type { Article, ArticleSummary, FileError, ParsedCorpus } from '../model';
import { byPublicationDate } from './publicationOrder';
import { summariseArticle } from './summarise';

/**
 * The built collection, split so the first view needs only the light index:
 * - `index.json`: every article's summary (list, timeline, map, filters);
 * - `articles/NNNN.json`: full records, fetched when an article is opened;
 * - `search/NNNN.json`: each article's Simplified, lower-cased text, fetched by the search worker.
 * Shard k holds index positions [k·shardSize, (k+1)·shardSize).
 */
export const COLLECTION_FORMAT_VERSION = 1;
export const DEFAULT_SHARD_SIZE = 500;

export type SummaryRecord = Omit<ArticleSummary, 'origin'>;

export interface CollectionIndexFile {
  format: 'collection-index';
  version: typeof COLLECTION_FORMAT_VERSION;
  shardSize: number;
  shardCount: number;
  articles: SummaryRecord[];
  errors: FileError[];
}

/** A full record; script versions equal to `text` are left out to halve the shard. */
export type ArticleRecord = Omit<Article, 'textSimplified' | 'textTraditional'> &
  Partial<Pick<Article, 'textSimplified' | 'textTraditional'>>;

export interface ArticleShardFile {
  format: 'article-shard';
  version: typeof COLLECTION_FORMAT_VERSION;
  shard: number;
  articles: ArticleRecord[];
}

export interface SearchShardFile {
  format: 'search-shard';
  version: typeof COLLECTION_FORMAT_VERSION;
  shard: number;
  texts: string[];
}

export interface SplitCollection {
  index: CollectionIndexFile;
  articleShards: ArticleShardFile[];
  searchShards: SearchShardFile[];
}

export const shardFileName = (shard: number): string => `${String(shard).padStart(4, '0')}.json`;

/** Text a query is matched against: Simplified and case-folded, like a normalised query. */
export const searchText = (article: Pick<Article, 'textSimplified' | 'title'>): string =>
  article.textSimplified.toLowerCase();

function toRecord(article: Article): ArticleRecord {
  const { textSimplified, textTraditional, ...rest } = article;
  return {
    ...rest,
    ...(textSimplified === article.text ? {} : { textSimplified }),
    ...(textTraditional === article.text ? {} : { textTraditional }),
  };
}

function withoutOrigin(summary: ArticleSummary): SummaryRecord {
  const { origin: _origin, ...record } = summary;
  return record;
}

/** Orders the collection by publication date, so neighbours on the timeline share a shard. */
export function splitCollection(corpus: ParsedCorpus, shardSize = DEFAULT_SHARD_SIZE): SplitCollection {
  const ordered = [...corpus.articles].sort(byPublicationDate);
  const shardCount = Math.ceil(ordered.length / shardSize);
  const articleShards: ArticleShardFile[] = [];
  const searchShards: SearchShardFile[] = [];
  for (let shard = 0; shard < shardCount; shard++) {
    const part = ordered.slice(shard * shardSize, (shard + 1) * shardSize);
    articleShards.push({ format: 'article-shard', version: COLLECTION_FORMAT_VERSION, shard, articles: part.map(toRecord) });
    searchShards.push({ format: 'search-shard', version: COLLECTION_FORMAT_VERSION, shard, texts: part.map(searchText) });
  }
  return {
    index: {
      format: 'collection-index',
      version: COLLECTION_FORMAT_VERSION,
      shardSize,
      shardCount,
      articles: ordered.map((article) => withoutOrigin(summariseArticle(article, 'collection'))),
      errors: corpus.errors,
    },
    articleShards,
    searchShards,
  };
}
