/**
 * `npm run corpus -- --count N --seed S --out DIR [--workers W]`
 *
 * Writes N synthetic news articles (DIR/00001.txt, DIR/00002.html, …) and
 * DIR/manifest.jsonl with the ground truth of each file. Each article depends
 * only on the seed and its index, so the same count and seed always give
 * byte-identical output, however many worker threads write it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { generateArticle as GenerateArticle } from './corpus/generateArticle';
import { forEachArg } from './cliArgs';

interface CliOptions {
  count: number;
  seed: number;
  out: string;
  workers: number;
}

interface Job {
  seed: number;
  out: string;
  width: number;
}

interface Batch {
  start: number;
  end: number;
}

interface BatchResult {
  start: number;
  manifest: string[];
}

const USAGE = 'usage: npm run corpus -- --count N --seed S --out DIR [--workers W]';
/** Articles per message to a worker. */
const BATCH = 500;
/** Below this count threads cost more than they save. */
const PARALLEL_FROM = 2000;

export function parseArgs(argv: readonly string[]): CliOptions {
  let count: number | null = null;
  let seed = 1;
  let out: string | null = null;
  let workers = Math.min(4, availableParallelism());
  forEachArg(argv, (arg, value) => {
    if (arg === '--count' || arg === '-n') count = Number(value());
    else if (arg === '--seed' || arg === '-s') seed = Number(value());
    else if (arg === '--out' || arg === '-o') out = value();
    else if (arg === '--workers') workers = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  });
  if (count === null || !Number.isInteger(count) || count < 1) throw new Error('--count needs a positive whole number');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('--seed needs a whole number from 0 to 4294967295');
  if (out === null) throw new Error('--out needs a directory');
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers needs a positive whole number');
  return { count, seed, out, workers };
}

/** The generator, loaded only where articles are written (a worker, or the main thread when it works alone). */
async function loadGenerator(): Promise<typeof GenerateArticle> {
  return (await import('./corpus/generateArticle')).generateArticle;
}

/** Generates and writes the articles of one batch; returns their manifest lines. */
function writeBatch(generateArticle: typeof GenerateArticle, job: Job, batch: Batch): string[] {
  const lines: string[] = [];
  for (let index = batch.start; index < batch.end; index++) {
    const article = generateArticle(job.seed, index, job.width);
    writeFileSync(join(job.out, article.file), article.bytes);
    lines.push(JSON.stringify(article.manifest));
  }
  return lines;
}

function batches(count: number): Batch[] {
  const list: Batch[] = [];
  for (let start = 0; start < count; start += BATCH) list.push({ start, end: Math.min(count, start + BATCH) });
  return list;
}

/** A worker thread running this file; the TypeScript loader has to be registered inside it first. */
function startWorker(job: Job): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(boot, { eval: true, workerData: job });
}

async function writeInParallel(job: Job, count: number, workerCount: number): Promise<string[]> {
  const queue = batches(count);
  const manifest: string[] = new Array<string>(count);
  const workers = Array.from({ length: Math.min(workerCount, queue.length) }, () => startWorker(job));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done, fail) => {
          const next = () => {
            const batch = queue.shift();
            if (batch) worker.postMessage(batch);
            else void worker.terminate().then(() => done());
          };
          worker.on('message', (result: BatchResult) => {
            result.manifest.forEach((line, offset) => (manifest[result.start + offset] = line));
            next();
          });
          worker.on('error', fail);
          worker.on('online', next);
        }),
    ),
  );
  return manifest;
}

async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { count, seed } = options;
  const job: Job = { seed, out: resolve(options.out), width: Math.max(5, String(count).length) };
  mkdirSync(job.out, { recursive: true });
  const started = performance.now();
  let manifest: string[] | null = null;
  if (options.workers > 1 && count >= PARALLEL_FROM) {
    try {
      manifest = await writeInParallel(job, count, options.workers);
    } catch (error) {
      process.stderr.write(`Worker threads failed (${error instanceof Error ? error.message : String(error)}); writing in one thread.\n`);
    }
  }
  manifest ??= writeBatch(await loadGenerator(), job, { start: 0, end: count });
  writeFileSync(join(job.out, 'manifest.jsonl'), `${manifest.join('\n')}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Wrote ${count} articles and manifest.jsonl to ${job.out} in ${seconds} s (seed ${seed}).\n`);
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isMainThread) {
  if (runDirectly) void main(process.argv.slice(2));
} else {
  const job = workerData as Job;
  const generator = loadGenerator();
  parentPort!.on('message', (batch: Batch) => {
    void generator.then((generateArticle) => {
      const result: BatchResult = { start: batch.start, manifest: writeBatch(generateArticle, job, batch) };
      parentPort!.postMessage(result);
    });
  });
}
