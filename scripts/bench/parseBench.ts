/**
 * Parse throughput on one core: the corpus is read into memory first, then only
 * src/parse/parseCorpus is timed, batch by batch (results are dropped after each
 * batch so a large corpus fits in memory). The first call pays for loading the
 * gazetteer and conversion tables; it is made untimed on a few files beforehand
 * and reported on its own. A tiny corpus is parsed repeatedly until a second of
 * parsing has been timed.
 */
import type { SourceFile } from '../../src/parse/parseCorpus';
import { parseCorpus } from '../../src/parse/parseCorpus';
import { readInputs } from '../inputs/readInputs';
import type { CorpusSource } from './corpora';

export interface ParseBenchResult {
  files: number;
  articles: number;
  errors: number;
  passes: number;
  /** The untimed first call (WARM_UP_FILES files): one-time setup plus cold code. */
  warmUpMs: number;
  parseMs: number;
  articlesPerSecond: number;
  msPerArticle: number;
}

const BATCH = 500;
const MIN_TIMED_MS = 1_000;
const WARM_UP_FILES = 5;

export function readCorpusFiles(corpus: CorpusSource): SourceFile[] {
  const { files, errors } = readInputs(
    corpus.kind === 'jsonl'
      ? { inputs: [], jsonl: [corpus.path], limit: Number.POSITIVE_INFINITY }
      : { inputs: [corpus.path], jsonl: [], limit: Number.POSITIVE_INFINITY },
  );
  if (files.length === 0) throw new Error(`${corpus.path}: nothing to parse (${errors.map((error) => error.message).join('; ')})`);
  return files;
}

export function benchParse(corpus: CorpusSource, onProgress?: (done: number, total: number) => void): ParseBenchResult {
  const files = readCorpusFiles(corpus);
  const warmUpStarted = performance.now();
  parseCorpus(files.slice(0, WARM_UP_FILES));
  const warmUpMs = performance.now() - warmUpStarted;
  let parseMs = 0;
  let passes = 0;
  let articles = 0;
  let errors = 0;
  do {
    articles = 0;
    errors = 0;
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const began = performance.now();
      const parsed = parseCorpus(batch);
      parseMs += performance.now() - began;
      articles += parsed.articles.length;
      errors += parsed.errors.length;
      if (passes === 0) onProgress?.(Math.min(files.length, start + BATCH), files.length);
    }
    passes++;
  } while (parseMs < MIN_TIMED_MS);
  const parsedItems = files.length * passes;
  return {
    files: files.length,
    articles,
    errors,
    passes,
    warmUpMs,
    parseMs,
    articlesPerSecond: (parsedItems / parseMs) * 1000,
    msPerArticle: parseMs / parsedItems,
  };
}
