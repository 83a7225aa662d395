/**
 * `npm run data` — parses the collection the app is built over and writes it,
 * split for fast loading (see src/data/collectionFormat.ts), to public/data/.
 *
 * What is parsed: the arguments if given (files, folders, `.jsonl`/`.csv` archives,
 * `--jsonl FILE`), else the folder or file named by the CORPUS environment variable,
 * else public/seeds.
 *   CORPUS=/path/to/archive.csv npm run build
 *   npm run data -- /path/to/archive --out public/data
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FileError } from '../src/model';
import { shardFileName, splitCollection } from '../src/data/collectionFormat';
import { parseArgs, parseInputs } from './parse';

export interface BuildDataReport {
  articles: number;
  errors: FileError[];
  indexBytes: number;
  indexGzipBytes: number;
  articleShardBytes: number;
  searchShardBytes: number;
  parseMs: number;
}

export function buildData(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BuildDataReport {
  const options = parseArgs(argv);
  if (options.inputs.length === 0 && options.jsonl.length === 0) {
    // An archive (.jsonl, .csv…) is told apart from a folder or article file by its extension.
    options.inputs.push(env.CORPUS?.trim() || 'public/seeds');
  }
  const out = resolve(options.out ?? 'public/data');
  const started = performance.now();
  const corpus = parseInputs(options);
  const parseMs = performance.now() - started;
  const split = splitCollection(corpus);

  // Written aside and swapped in, so a build running at the same time never sees half a collection.
  const staging = `${out}.staging-${process.pid}`;
  const outDir = staging;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(outDir, 'articles'), { recursive: true });
  mkdirSync(join(outDir, 'search'), { recursive: true });
  const index = JSON.stringify(split.index);
  writeFileSync(join(outDir, 'index.json'), index);
  let articleShardBytes = 0;
  let searchShardBytes = 0;
  for (const shard of split.articleShards) {
    const json = JSON.stringify(shard);
    articleShardBytes += Buffer.byteLength(json);
    writeFileSync(join(outDir, 'articles', shardFileName(shard.shard)), json);
  }
  for (const shard of split.searchShards) {
    const json = JSON.stringify(shard);
    searchShardBytes += Buffer.byteLength(json);
    writeFileSync(join(outDir, 'search', shardFileName(shard.shard)), json);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
  return {
    articles: corpus.articles.length,
    errors: corpus.errors,
    indexBytes: Buffer.byteLength(index),
    indexGzipBytes: gzipSync(index).length,
    articleShardBytes,
    searchShardBytes,
    parseMs,
  };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  try {
    const report = buildData(process.argv.slice(2));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
    process.stderr.write(
      `data: ${report.articles} article(s), ${report.errors.length} error(s) in ${(report.parseMs / 1000).toFixed(1)} s; ` +
        `index ${kb(report.indexBytes)} (${kb(report.indexGzipBytes)} gzip), texts ${kb(report.articleShardBytes)}, search ${kb(report.searchShardBytes)}\n`,
    );
    for (const error of report.errors) process.stderr.write(`  ${error.file}: ${error.message}\n`);
  } catch (error) {
    process.stderr.write(`data: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
