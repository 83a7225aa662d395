import type { Article, ArticleSummary, FileError, MeasureSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import { COLLECTION_FORMAT_VERSION } from './collectionFormat';
import { readGivenSummary } from './givenMetadata';
import { readFileErrors, validateArticleRecords } from './validateCorpus';

const CATEGORIES = new Set<string>(MEASURE_CATEGORIES.map((category) => category.id));
const DIRECTIONS = new Set<string>(MEASURE_DIRECTIONS.map((direction) => direction.id));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export interface CollectionIndex {
  summaries: ArticleSummary[];
  /** Each summary's position in the index file, which shards and search answers are keyed by. */
  indexPositions: Uint32Array;
  errors: FileError[];
  shardSize: number;
  shardCount: number;
}

/** The index names its categories and directions once; measures refer to them by position. */
interface MeasureVocabulary {
  categories: unknown[];
  directions: unknown[];
  /**
   * One shared array per distinct list of region codes: tens of thousands of
   * measures name the same few places, and views cache work per list.
   */
  codeLists: Map<string, string[]>;
}

function shareCodeList(codes: string[], vocabulary: MeasureVocabulary): string[] {
  const key = codes.join();
  const shared = vocabulary.codeLists.get(key);
  if (shared) return shared;
  vocabulary.codeLists.set(key, codes);
  return codes;
}

function readMeasure(value: unknown, vocabulary: MeasureVocabulary): MeasureSummary | null {
  if (!Array.isArray(value) || value.length < 5) return null;
  const [categoryIndex, directionIndex, start, end, date, ...regionCodes] = value as unknown[];
  const category = typeof categoryIndex === 'number' ? vocabulary.categories[categoryIndex] : undefined;
  const direction = typeof directionIndex === 'number' ? vocabulary.directions[directionIndex] : undefined;
  if (typeof category !== 'string' || !CATEGORIES.has(category)) return null;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction)) return null;
  if (typeof start !== 'number' || typeof end !== 'number' || start > end || !isStringList(regionCodes)) return null;
  return { category, direction, regionCodes: shareCodeList(regionCodes, vocabulary), date: stringOrNull(date), start, end } as MeasureSummary;
}

function readPublished(value: unknown): ArticleSummary['published'] {
  if (!isObject(value) || typeof value.date !== 'string') return null;
  const precision = value.precision === 'month' || value.precision === 'year' ? value.precision : 'day';
  return { date: value.date, precision, inferred: value.inferred === true };
}

/** One summary, or why it cannot be used. */
function readSummary(value: unknown, vocabulary: MeasureVocabulary): ArticleSummary | string {
  if (!isObject(value)) return 'not an object';
  if (typeof value.id !== 'string' || typeof value.file !== 'string' || typeof value.title !== 'string') return 'missing id, file or title';
  if (!isStringList(value.primaryRegions) || !Array.isArray(value.measures)) return 'missing regions or measures';
  const measures = value.measures.map((measure) => readMeasure(measure, vocabulary)).filter((measure): measure is MeasureSummary => measure !== null);
  const given = readGivenSummary(value.given);
  return {
    id: value.id,
    file: value.file,
    title: value.title,
    source: stringOrNull(value.source),
    author: stringOrNull(value.author),
    script: value.script === 'traditional' || value.script === 'mixed' ? value.script : 'simplified',
    encoding: typeof value.encoding === 'string' ? value.encoding : 'utf-8',
    published: readPublished(value.published),
    primaryRegions: shareCodeList(value.primaryRegions, vocabulary),
    regionCodes: isStringList(value.regionCodes) ? shareCodeList(value.regionCodes, vocabulary) : [],
    measures,
    damaged: value.damaged === true,
    origin: 'collection',
    ...(given ? { given } : {}),
  };
}

/** Checks the collection index before it reaches the store: an unusable entry becomes a per-file error. */
export function readCollectionIndex(json: unknown, origin: string): CollectionIndex {
  if (!isObject(json) || json.format !== 'collection-index' || !Array.isArray(json.articles)) {
    throw new Error(`${origin} is not an article collection index.`);
  }
  if (json.version !== COLLECTION_FORMAT_VERSION) {
    throw new Error(`${origin} has format version ${String(json.version)}; this app reads version ${COLLECTION_FORMAT_VERSION}.`);
  }
  const shardSize = typeof json.shardSize === 'number' && json.shardSize > 0 ? json.shardSize : json.articles.length || 1;
  const vocabulary: MeasureVocabulary = {
    categories: Array.isArray(json.categories) ? json.categories : [],
    directions: Array.isArray(json.directions) ? json.directions : [],
    codeLists: new Map(),
  };
  const summaries: ArticleSummary[] = [];
  const positions: number[] = [];
  const errors = readFileErrors(json.errors);
  json.articles.forEach((value: unknown, position: number) => {
    const summary = readSummary(value, vocabulary);
    if (typeof summary !== 'string') {
      summaries.push(summary);
      positions.push(position);
      return;
    }
    const file = isObject(value) && typeof value.file === 'string' ? value.file : `${origin} #${position + 1}`;
    errors.push({ file, message: `Unreadable article record: ${summary}.` });
  });
  return {
    summaries,
    indexPositions: Uint32Array.from(positions),
    errors,
    shardSize,
    shardCount: Math.ceil(json.articles.length / shardSize),
  };
}

/** Full records of one shard; script versions the build left out equal the text. */
export function readArticleShard(json: unknown, origin: string): { articles: Article[]; errors: FileError[] } {
  if (!isObject(json) || json.format !== 'article-shard' || !Array.isArray(json.articles)) {
    throw new Error(`${origin} is not an article shard.`);
  }
  const records = json.articles.map((record: unknown) =>
    isObject(record) && typeof record.text === 'string'
      ? { ...record, textSimplified: record.textSimplified ?? record.text, textTraditional: record.textTraditional ?? record.text }
      : record,
  );
  return validateArticleRecords(records, origin);
}
