/**
 * `npm run parse -- <files or folders…> [--jsonl FILE] [--limit N] [--out FILE]`
 *
 * Parses news articles into `{ schemaVersion, articles, errors }` JSON. Folders are
 * read recursively (hidden files skipped). `--jsonl` reads one article per line from
 * a JSON-lines file with `title` and `text` fields (e.g. a labelled news corpus).
 * A file that cannot be read or parsed becomes an entry in `errors`; the rest still load.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileError, ParsedCorpus } from '../src/model';
import { parseCorpus, type SourceFile } from '../src/parse/parseCorpus';

export interface CliOptions {
  inputs: string[];
  jsonl: string[];
  out: string | null;
  limit: number;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { inputs: [], jsonl: [], out: null, limit: Number.POSITIVE_INFINITY };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out' || arg === '-o') options.out = value();
    else if (arg === '--jsonl') options.jsonl.push(value());
    else if (arg === '--limit') options.limit = Number(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!Number.isFinite(options.limit) && options.limit !== Number.POSITIVE_INFINITY) throw new Error('--limit needs a number');
  return options;
}

function collectFiles(input: string, errors: FileError[]): SourceFile[] {
  const root = resolve(input);
  let stats;
  try {
    stats = statSync(root);
  } catch {
    errors.push({ file: input, message: 'No such file or folder.' });
    return [];
  }
  if (stats.isFile()) return [{ name: input.split(/[\\/]/).pop() ?? input, bytes: readFileSync(root) }];
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        try {
          files.push({ name: relative(root, path), bytes: readFileSync(path) });
        } catch (error) {
          errors.push({ file: relative(root, path), message: `Could not read the file: ${(error as Error).message}` });
        }
      }
    }
  };
  walk(root);
  return files;
}

function jsonlFiles(path: string, limit: number, errors: FileError[]): SourceFile[] {
  const name = path.split(/[\\/]/).pop() ?? path;
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    errors.push({ file: path, message: 'No such file.' });
    return [];
  }
  const encoder = new TextEncoder();
  const files: SourceFile[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '' || files.length >= limit) return;
    const file = `${name}#${index + 1}`;
    try {
      const row = JSON.parse(line) as { title?: unknown; text?: unknown };
      const title = typeof row.title === 'string' ? row.title : '';
      const text = typeof row.text === 'string' ? row.text : '';
      files.push({ name: file, bytes: encoder.encode(title && !text.startsWith(title) ? `${title}\n\n${text}` : text) });
    } catch {
      errors.push({ file, message: 'This line is not valid JSON.' });
    }
  });
  return files;
}

/** Reads and parses everything the options name; unreadable inputs become errors first in the list. */
export function parseInputs(options: Pick<CliOptions, 'inputs' | 'jsonl' | 'limit'>): ParsedCorpus {
  const readErrors: FileError[] = [];
  const files = [
    ...options.inputs.flatMap((input) => collectFiles(input, readErrors)),
    ...options.jsonl.flatMap((path) => jsonlFiles(path, options.limit, readErrors)),
  ];
  const corpus = parseCorpus(files);
  corpus.errors.unshift(...readErrors);
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
    process.stderr.write('usage: npm run parse -- <files or folders…> [--jsonl FILE] [--limit N] [--out FILE]\n');
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
