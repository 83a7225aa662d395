import { SCHEMA_VERSION, type Article, type FileError, type Measure } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import { readGivenMetadata } from './givenMetadata';

const CATEGORIES = new Set<string>(MEASURE_CATEGORIES.map((category) => category.id));
const DIRECTIONS = new Set<string>(MEASURE_DIRECTIONS.map((direction) => direction.id));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function articleProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  for (const key of ['id', 'file', 'title', 'text', 'textSimplified', 'textTraditional'] as const) {
    if (typeof value[key] !== 'string') return `missing “${key}”`;
  }
  for (const key of ['dates', 'regions', 'primaryRegions', 'measures'] as const) {
    if (!Array.isArray(value[key])) return `missing “${key}” list`;
  }
  const text = value.text as string;
  if ((value.textSimplified as string).length !== text.length || (value.textTraditional as string).length !== text.length) {
    return 'script versions do not line up with the text';
  }
  return null;
}

const isSpan = (value: unknown): boolean =>
  isObject(value) && typeof value.start === 'number' && typeof value.end === 'number' && value.start <= value.end;

function isUsableMeasure(value: unknown, textLength: number): value is Measure {
  return (
    isSpan(value) &&
    CATEGORIES.has((value as Measure).category) &&
    DIRECTIONS.has((value as Measure).direction) &&
    (value as Measure).end <= textLength &&
    isSpan((value as Measure).trigger) &&
    Array.isArray((value as Measure).regionCodes) &&
    Array.isArray((value as Measure).params)
  );
}

/**
 * Fills optional parts a hand-edited or older record may lack, and keeps only
 * measures the views can draw; returns how many measures were left out.
 */
function normaliseArticle(record: Record<string, unknown>): { article: Article; droppedMeasures: number } {
  const text = record.text as string;
  const measures = (record.measures as unknown[]).filter((measure) => isUsableMeasure(measure, text.length));
  const published = isObject(record.published) && typeof record.published.date === 'string' && isObject(record.published.evidence)
    ? record.published
    : null;
  const article = {
    ...record,
    source: typeof record.source === 'string' ? record.source : null,
    author: typeof record.author === 'string' ? record.author : null,
    raw: typeof record.raw === 'string' ? record.raw : text,
    encoding: typeof record.encoding === 'string' ? record.encoding : 'utf-8',
    script: record.script === 'traditional' || record.script === 'mixed' ? record.script : 'simplified',
    published,
    damage: Array.isArray(record.damage) ? record.damage : [],
    measures,
  } as unknown as Article;
  const given = readGivenMetadata(record.given);
  if (given) article.given = given;
  else delete article.given;
  return { article, droppedMeasures: (record.measures as unknown[]).length - measures.length };
}

/** The per-file errors a collection carries, ignoring anything malformed. */
export function readFileErrors(value: unknown): FileError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((error: unknown) =>
    isObject(error) && typeof error.file === 'string' && typeof error.message === 'string' ? [{ file: error.file, message: error.message }] : [],
  );
}

/** Checks article records one by one: a malformed one becomes a per-file error, the rest are kept. */
export function validateArticleRecords(records: readonly unknown[], origin: string): { articles: Article[]; errors: FileError[] } {
  const articles: Article[] = [];
  const errors: FileError[] = [];
  records.forEach((candidate: unknown, index: number) => {
    const problem = articleProblem(candidate);
    if (problem === null) {
      const { article, droppedMeasures } = normaliseArticle(candidate as Record<string, unknown>);
      articles.push(article);
      if (droppedMeasures > 0) {
        errors.push({ file: article.file, message: `${droppedMeasures} measure record(s) could not be read and were left out.` });
      }
    } else {
      const file = isObject(candidate) && typeof candidate.file === 'string' ? candidate.file : `${origin} #${index + 1}`;
      errors.push({ file, message: `Unreadable article record: ${problem}.` });
    }
  });
  return { articles, errors };
}

/**
 * Checks parsed-corpus JSON (ours, or a file a user drops) before it reaches the
 * store: a malformed article becomes a per-file error instead of breaking a view.
 */
export function validateCorpus(json: unknown, origin: string): { articles: Article[]; errors: FileError[] } {
  if (!isObject(json) || !Array.isArray(json.articles)) {
    throw new Error(`${origin} is not a parsed article collection (expected { schemaVersion, articles, errors }).`);
  }
  if (json.schemaVersion !== SCHEMA_VERSION) {
    throw new Error(`${origin} has schema version ${String(json.schemaVersion)}; this app reads version ${SCHEMA_VERSION}.`);
  }
  const { articles, errors } = validateArticleRecords(json.articles, origin);
  return { articles, errors: [...errors, ...readFileErrors(json.errors)] };
}
