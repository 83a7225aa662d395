import type { Article, ArticleSummary, FileError, GivenSummary, MeasureCategory, MeasureDirection, ParsedCorpus } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import { byPublicationDate } from './publicationOrder';
import { summariseArticle } from './summarise';

/**
 * The built collection, split so the first view needs only the light index:
 * - `index.json`: every article's summary (list, timeline, map, filters);
 * - `articles/NNNN.json`: full records, fetched when an article is opened;
 * - `search/NNNN.json`: each article's Simplified, lower-cased text, fetched by the search worker.
 * Article shard k holds index positions [k·shardSize, (k+1)·shardSize); search shard k
 * [k·searchShardSize, (k+1)·searchShardSize). Article shards are small, as opening one
 * article fetches its whole shard; search shards are large, as a search fetches them all.
 */
export const COLLECTION_FORMAT_VERSION = 2;
export const DEFAULT_SHARD_SIZE = 100;
export const DEFAULT_SEARCH_SHARD_SIZE = 1000;

export const SCRIPT_CODES = ['simplified', 'traditional', 'mixed'] as const;
export const PRECISION_CODES = ['day', 'month', 'year'] as const;
/** Numbers per measure in `SummaryColumns.measures`. */
export const MEASURE_FIELDS = 4;

/**
 * The summaries column by column, with repeated strings and region-code lists
 * stored once in the index's tables and referred to by position (-1: none).
 * Tens of thousands of articles then parse as arrays of small numbers rather
 * than as objects with repeated keys, and views share one array per distinct list.
 */
export interface SummaryColumns {
  id: string[];
  file: string[];
  title: string[];
  /** Positions in `strings`. */
  source: number[];
  author: number[];
  encoding: number[];
  /** Positions in `SCRIPT_CODES`. */
  script: number[];
  /** Publication date as a position in `dates`. */
  published: number[];
  /** Positions in `PRECISION_CODES`. */
  precision: number[];
  inferred: (0 | 1)[];
  /** Positions in `codeLists`. */
  primaryRegions: number[];
  regionCodes: number[];
  damaged: (0 | 1)[];
  /**
   * Per article, `MEASURE_FIELDS` numbers per measure: category and direction
   * (positions in the index's `categories` and `directions`), date (in `dates`)
   * and region codes (in `codeLists`). Where in the text it is said is in the full record.
   */
  measures: number[][];
  /** Present when some article came with archive-row metadata. */
  given?: (GivenSummary | null)[];
}

export interface CollectionIndexFile {
  format: 'collection-index';
  version: typeof COLLECTION_FORMAT_VERSION;
  shardSize: number;
  shardCount: number;
  searchShardSize: number;
  searchShardCount: number;
  categories: MeasureCategory[];
  directions: MeasureDirection[];
  strings: string[];
  dates: string[];
  codeLists: string[][];
  articles: SummaryColumns;
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

/** Numbers each distinct value in order of first use. */
class Table<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  position(value: T | null | undefined): number {
    if (value === null || value === undefined) return -1;
    const key = this.keyOf(value);
    let position = this.positions.get(key);
    if (position === undefined) {
      position = this.values.push(value) - 1;
      this.positions.set(key, position);
    }
    return position;
  }
}

export function summaryColumns(summaries: readonly ArticleSummary[]) {
  const strings = new Table<string>((value) => value);
  const dates = new Table<string>((value) => value);
  const codeLists = new Table<string[]>((codes) => codes.join());
  const columns: SummaryColumns = {
    id: [], file: [], title: [], source: [], author: [], encoding: [], script: [], published: [], precision: [],
    inferred: [], primaryRegions: [], regionCodes: [], damaged: [], measures: [],
  };
  const given: (GivenSummary | null)[] = [];
  for (const summary of summaries) {
    columns.id.push(summary.id);
    columns.file.push(summary.file);
    columns.title.push(summary.title);
    columns.source.push(strings.position(summary.source));
    columns.author.push(strings.position(summary.author));
    columns.encoding.push(strings.position(summary.encoding));
    columns.script.push(SCRIPT_CODES.indexOf(summary.script));
    columns.published.push(dates.position(summary.published?.date));
    columns.precision.push(summary.published ? PRECISION_CODES.indexOf(summary.published.precision) : 0);
    columns.inferred.push(summary.published?.inferred ? 1 : 0);
    columns.primaryRegions.push(codeLists.position(summary.primaryRegions));
    columns.regionCodes.push(codeLists.position(summary.regionCodes));
    columns.damaged.push(summary.damaged ? 1 : 0);
    columns.measures.push(
      summary.measures.flatMap((measure) => [
        CATEGORY_IDS.indexOf(measure.category),
        DIRECTION_IDS.indexOf(measure.direction),
        dates.position(measure.date),
        codeLists.position(measure.regionCodes),
      ]),
    );
    given.push(summary.given ?? null);
  }
  if (given.some((entry) => entry !== null)) columns.given = given;
  return { columns, strings: strings.values, dates: dates.values, codeLists: codeLists.values };
}

/** Orders the collection by the date each summary is placed at, so neighbours on the timeline share a shard. */
export function splitCollection(
  corpus: ParsedCorpus,
  shardSize = DEFAULT_SHARD_SIZE,
  searchShardSize = DEFAULT_SEARCH_SHARD_SIZE,
): SplitCollection {
  const summarised = corpus.articles.map((article) => ({ article, summary: summariseArticle(article, 'collection') }));
  summarised.sort((a, b) => byPublicationDate(a.summary, b.summary));
  const ordered = summarised.map(({ article }) => article);
  const { columns, strings, dates, codeLists } = summaryColumns(summarised.map(({ summary }) => summary));
  const inShards = <T>(size: number, make: (part: Article[], shard: number) => T): T[] =>
    Array.from({ length: Math.ceil(ordered.length / size) }, (_, shard) => make(ordered.slice(shard * size, (shard + 1) * size), shard));
  const articleShards = inShards(shardSize, (part, shard): ArticleShardFile => ({
    format: 'article-shard',
    version: COLLECTION_FORMAT_VERSION,
    shard,
    articles: part.map(toRecord),
  }));
  const searchShards = inShards(searchShardSize, (part, shard): SearchShardFile => ({
    format: 'search-shard',
    version: COLLECTION_FORMAT_VERSION,
    shard,
    texts: part.map(searchText),
  }));
  return {
    index: {
      format: 'collection-index',
      version: COLLECTION_FORMAT_VERSION,
      shardSize,
      shardCount: articleShards.length,
      searchShardSize,
      searchShardCount: searchShards.length,
      categories: CATEGORY_IDS,
      directions: DIRECTION_IDS,
      strings,
      dates,
      codeLists,
      articles: columns,
      errors: corpus.errors,
    },
    articleShards,
    searchShards,
  };
}
