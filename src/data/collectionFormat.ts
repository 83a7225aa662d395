import type { Article, ArticleSummary, FileError, MeasureCategory, MeasureDirection, ParsedCorpus } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
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

/**
 * A measure in the index as `[category, direction, start, end, date, ...regionCodes]`,
 * category and direction as positions in the index's own `categories` and
 * `directions` lists: a third of the size of an object, and an article can report dozens.
 */
export type MeasureTuple = [number, number, number, number, string | null, ...string[]];

export type SummaryRecord = Omit<ArticleSummary, 'origin' | 'measures'> & { measures: MeasureTuple[] };

export interface CollectionIndexFile {
  format: 'collection-index';
  version: typeof COLLECTION_FORMAT_VERSION;
  shardSize: number;
  shardCount: number;
  categories: MeasureCategory[];
  directions: MeasureDirection[];
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

const CATEGORY_IDS = MEASURE_CATEGORIES.map((category) => category.id);
const DIRECTION_IDS = MEASURE_DIRECTIONS.map((direction) => direction.id);

function toSummaryRecord(summary: ArticleSummary): SummaryRecord {
  const { origin: _origin, measures, ...record } = summary;
  return {
    ...record,
    measures: measures.map((measure): MeasureTuple => [
      CATEGORY_IDS.indexOf(measure.category),
      DIRECTION_IDS.indexOf(measure.direction),
      measure.start,
      measure.end,
      measure.date,
      ...measure.regionCodes,
    ]),
  };
}

/** Orders the collection by the date each summary is placed at, so neighbours on the timeline share a shard. */
export function splitCollection(corpus: ParsedCorpus, shardSize = DEFAULT_SHARD_SIZE): SplitCollection {
  const summarised = corpus.articles.map((article) => ({ article, summary: summariseArticle(article, 'collection') }));
  summarised.sort((a, b) => byPublicationDate(a.summary, b.summary));
  const ordered = summarised.map(({ article }) => article);
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
      categories: CATEGORY_IDS,
      directions: DIRECTION_IDS,
      articles: summarised.map(({ summary }) => toSummaryRecord(summary)),
      errors: corpus.errors,
    },
    articleShards,
    searchShards,
  };
}
