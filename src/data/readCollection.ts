import type { Article, ArticleSummary, FileError, MeasureSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import { COLLECTION_FORMAT_VERSION, MEASURE_FIELDS, PRECISION_CODES, SCRIPT_CODES } from './collectionFormat';
import { readGivenSummary } from './givenMetadata';
import { readFileErrors, validateArticleRecords } from './validateCorpus';

const CATEGORIES = new Set<string>(MEASURE_CATEGORIES.map((category) => category.id));
const DIRECTIONS = new Set<string>(MEASURE_DIRECTIONS.map((direction) => direction.id));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export interface CollectionIndex {
  summaries: ArticleSummary[];
  /** Each summary's position in the index file, which shards and search answers are keyed by. */
  indexPositions: Uint32Array;
  errors: FileError[];
  shardSize: number;
  shardCount: number;
  searchShardSize: number;
  searchShardCount: number;
}

/** The index's shared tables, checked once. */
interface Tables {
  categories: readonly unknown[];
  directions: readonly unknown[];
  strings: readonly unknown[];
  dates: readonly unknown[];
  /** Null where an entry is not a list of codes. */
  codeLists: ReadonlyArray<string[] | null>;
}

/** Thrown for one article's entry: it becomes a per-file error, the rest still loads. */
class UnreadableEntry extends Error {}

function entryAt<T>(table: readonly unknown[], position: unknown, isValid: (value: unknown) => value is T, what: string): T {
  const value = typeof position === 'number' ? table[position] : undefined;
  if (!isValid(value)) throw new UnreadableEntry(what);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCodeList = (value: unknown): value is string[] => Array.isArray(value);

function optionalString(table: readonly unknown[], position: unknown, what: string): string | null {
  return position === -1 ? null : entryAt(table, position, isString, what);
}

const isIndex = (value: unknown, size: number, orNone = false): value is number =>
  Number.isInteger(value) && (value as number) < size && ((value as number) >= 0 || (orNone && value === -1));

/** One number for a measure's four fields (they are table positions), so equal measures are found without building strings. */
function measureKey(values: unknown[], i: number, tables: Tables): number {
  const [category, direction, date, codes] = [values[i], values[i + 1], values[i + 2], values[i + 3]];
  const { categories, directions, dates, codeLists } = tables;
  if (!isIndex(category, categories.length) || !isIndex(direction, directions.length)) throw new UnreadableEntry('unknown measure kind');
  if (!isIndex(date, dates.length, true) || !isIndex(codes, codeLists.length)) throw new UnreadableEntry('bad measure date or regions');
  return ((codes * (dates.length + 1) + date + 1) * directions.length + direction) * categories.length + category;
}

/**
 * The measures of one article. Summaries are read-only and most say the same
 * thing as many others (kind, date, places), so equal ones are one shared object.
 */
function readMeasures(values: unknown, tables: Tables, shared: Map<number, MeasureSummary>): MeasureSummary[] {
  if (!Array.isArray(values) || values.length % MEASURE_FIELDS !== 0) throw new UnreadableEntry('bad measures');
  const measures: MeasureSummary[] = [];
  for (let i = 0; i < values.length; i += MEASURE_FIELDS) {
    const key = measureKey(values, i, tables);
    let measure = shared.get(key);
    if (!measure) {
      const category = tables.categories[values[i]];
      const direction = tables.directions[values[i + 1]];
      // Measures are referred to by their place in the article, so one the views cannot show spoils the entry rather than being skipped.
      if (typeof category !== 'string' || !CATEGORIES.has(category)) throw new UnreadableEntry(`unknown measure category ${String(category)}`);
      if (typeof direction !== 'string' || !DIRECTIONS.has(direction)) throw new UnreadableEntry(`unknown measure direction ${String(direction)}`);
      measure = {
        category,
        direction,
        date: optionalString(tables.dates, values[i + 2], 'bad measure date'),
        regionCodes: entryAt(tables.codeLists, values[i + 3], isCodeList, 'bad measure regions'),
      } as MeasureSummary;
      shared.set(key, measure);
    }
    measures.push(measure);
  }
  return measures;
}

function readSummary(columns: Record<string, unknown[]>, row: number, tables: Tables, shared: Map<number, MeasureSummary>): ArticleSummary {
  const id = columns.id![row];
  const file = columns.file![row];
  const title = columns.title![row];
  if (typeof id !== 'string' || typeof file !== 'string' || typeof title !== 'string') throw new UnreadableEntry('missing id, file or title');
  const date = optionalString(tables.dates, columns.published![row], 'bad publication date');
  const given = columns.given ? readGivenSummary(columns.given[row]) : undefined;
  return {
    id,
    file,
    title,
    source: optionalString(tables.strings, columns.source![row], 'bad source'),
    author: optionalString(tables.strings, columns.author![row], 'bad author'),
    script: SCRIPT_CODES[columns.script![row] as number] ?? 'simplified',
    encoding: optionalString(tables.strings, columns.encoding![row], 'bad encoding') ?? 'utf-8',
    published: date === null ? null : { date, precision: PRECISION_CODES[columns.precision![row] as number] ?? 'day', inferred: columns.inferred![row] === 1 },
    primaryRegions: entryAt(tables.codeLists, columns.primaryRegions![row], isCodeList, 'missing regions'),
    regionCodes: entryAt(tables.codeLists, columns.regionCodes![row], isCodeList, 'missing regions'),
    measures: readMeasures(columns.measures![row], tables, shared),
    damaged: columns.damaged![row] === 1,
    origin: 'collection',
    ...(given ? { given } : {}),
  };
}

const REQUIRED_COLUMNS = [
  'id', 'file', 'title', 'source', 'author', 'encoding', 'script', 'published', 'precision', 'inferred', 'primaryRegions', 'regionCodes', 'damaged', 'measures',
] as const;

/** The columns, each as long as the id column; a missing or short column makes the whole index unreadable. */
function readColumns(value: unknown, origin: string): Record<string, unknown[]> {
  const fail = (why: string) => new Error(`${origin} is damaged: ${why}.`);
  if (!isObject(value) || !Array.isArray(value.id)) throw fail('no article columns');
  const rows = value.id.length;
  for (const name of [...REQUIRED_COLUMNS, ...(value.given === undefined ? [] : ['given'])]) {
    const column = value[name];
    if (!Array.isArray(column) || column.length !== rows) throw fail(`column "${name}" is missing or has the wrong length`);
  }
  return value as Record<string, unknown[]>;
}

/** Checks the collection index before it reaches the store: an unusable entry becomes a per-file error. */
export function readCollectionIndex(json: unknown, origin: string): CollectionIndex {
  if (!isObject(json) || json.format !== 'collection-index') {
    throw new Error(`${origin} is not an article collection index.`);
  }
  if (json.version !== COLLECTION_FORMAT_VERSION) {
    throw new Error(`${origin} has format version ${String(json.version)}; this app reads version ${COLLECTION_FORMAT_VERSION}.`);
  }
  const columns = readColumns(json.articles, origin);
  const rows = columns.id!.length;
  const sizeOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : rows || 1);
  const shardSize = sizeOf(json.shardSize);
  const searchShardSize = sizeOf(json.searchShardSize);
  const table = (value: unknown) => (Array.isArray(value) ? value : []);
  const tables: Tables = {
    categories: table(json.categories),
    directions: table(json.directions),
    strings: table(json.strings),
    dates: table(json.dates),
    codeLists: table(json.codeLists).map((codes) => (isStringList(codes) ? codes : null)),
  };
  const summaries: ArticleSummary[] = [];
  const positions: number[] = [];
  const errors = readFileErrors(json.errors);
  const sharedMeasures = new Map<number, MeasureSummary>();
  for (let row = 0; row < rows; row++) {
    try {
      summaries.push(readSummary(columns, row, tables, sharedMeasures));
      positions.push(row);
    } catch (error) {
      if (!(error instanceof UnreadableEntry)) throw error;
      const file = columns.file![row];
      errors.push({ file: typeof file === 'string' ? file : `${origin} #${row + 1}`, message: `Unreadable article record: ${error.message}.` });
    }
  }
  return {
    summaries,
    indexPositions: Uint32Array.from(positions),
    errors,
    shardSize,
    shardCount: Math.ceil(rows / shardSize),
    searchShardSize,
    searchShardCount: Math.ceil(rows / searchShardSize),
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
