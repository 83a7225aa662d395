import { SCHEMA_VERSION, type Article, type FileError } from '../model';

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
  const articles: Article[] = [];
  const errors: FileError[] = [];
  json.articles.forEach((candidate: unknown, index: number) => {
    const problem = articleProblem(candidate);
    if (problem === null) articles.push(candidate as Article);
    else {
      const file = isObject(candidate) && typeof candidate.file === 'string' ? candidate.file : `${origin} #${index + 1}`;
      errors.push({ file, message: `Unreadable article record: ${problem}.` });
    }
  });
  if (Array.isArray(json.errors)) {
    for (const error of json.errors) {
      if (isObject(error) && typeof error.file === 'string' && typeof error.message === 'string') {
        errors.push({ file: error.file, message: error.message });
      }
    }
  }
  return { articles, errors };
}
