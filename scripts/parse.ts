/**
 * `npm run parse -- <files, folders or archives…> [--jsonl FILE] [--limit N] [--out FILE]`
 *
 * Parses news articles into `{ schemaVersion, articles, errors }` JSON. Folders are
 * read recursively (hidden files skipped). Archives — `.jsonl`/`.ndjson` and
 * `.csv`/`.tsv` files, or any file given with `--jsonl` — hold one article per row;
 * their column names are listed in scripts/inputs/rowFields.ts, and each row's
 * metadata is kept on its article as `given`. `--limit` caps the rows per archive.
 * A file or row that cannot be read or parsed becomes an entry in `errors`; the rest still load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ParsedCorpus } from '../src/model';
import { parseCorpus } from '../src/parse/parseCorpus';
import { readInputs } from './inputs/readInputs';
import { forEachArg } from './cliArgs';

export interface CliOptions {
  inputs: string[];
  jsonl: string[];
  out: string | null;
  limit: number;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { inputs: [], jsonl: [], out: null, limit: Number.POSITIVE_INFINITY };
  forEachArg(argv, (arg, value) => {
    if (arg === '--out' || arg === '-o') options.out = value();
    else if (arg === '--jsonl') options.jsonl.push(value());
    else if (arg === '--limit') options.limit = Number(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  });
  if (!Number.isFinite(options.limit) && options.limit !== Number.POSITIVE_INFINITY) throw new Error('--limit needs a number');
  return options;
}

/** Reads and parses everything the options name; unreadable inputs become errors first in the list. */
export function parseInputs(options: Pick<CliOptions, 'inputs' | 'jsonl' | 'limit'>): ParsedCorpus {
  const { files, errors: readErrors } = readInputs(options);
  const corpus = parseCorpus(files);
  corpus.errors = [...readErrors, ...corpus.errors];
  return corpus;
}

export function runCli(argv: readonly string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`parse: ${(error as Error).message}\n`);
    return 2;
  }
  if (options.inputs.length === 0 && options.jsonl.length === 0) {
    process.stderr.write('usage: npm run parse -- <files, folders, .jsonl or .csv archives…> [--jsonl FILE] [--limit N] [--out FILE]\n');
    return 2;
  }
  const corpus = parseInputs(options);
  const json = JSON.stringify(corpus, null, options.out ? 0 : 2);
  if (options.out) {
    mkdirSync(dirname(resolve(options.out)), { recursive: true });
    writeFileSync(options.out, json);
  } else {
    process.stdout.write(`${json}\n`);
  }
  process.stderr.write(
    `parse: ${corpus.articles.length} article(s), ${corpus.errors.length} error(s)${options.out ? ` → ${options.out}` : ''}\n`,
  );
  for (const error of corpus.errors) process.stderr.write(`  ${error.file}: ${error.message}\n`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) process.exitCode = runCli(process.argv.slice(2));
