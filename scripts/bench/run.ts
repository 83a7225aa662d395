/**
 * `npm run bench -- [--sizes 5,5000,50000] [--reps 30] [--load-reps 5] [--real PATH|none]
 *                   [--out bench-results/report.json] [--seed 1] [--cache DIR] [--no-profile]`
 *
 * How the app holds up as the collection grows: parse throughput, data size,
 * load, interaction latency, zoom frames and heap at each size (5 = the seed
 * articles; other sizes are generated with a fixed seed), and once on a real
 * corpus. Prints a table with the targets and writes the full report as JSON.
 * Not part of `npm test`.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { firstLoadSize } from '../bundle-size';
import { launchBenchBrowser, runBrowserBench } from './browserBench';
import {
  buildApp,
  DEFAULT_CACHE_ROOT,
  ensureDataDir,
  ensureGeneratedCorpus,
  jsonlCorpus,
  manifestCount,
  PROJECT_ROOT,
  seedsCorpus,
  type CorpusSource,
} from './corpora';
import { measureDataSize, readSearchTexts } from './dataSize';
import { finishMachineInfo, machineInfo } from './machine';
import { benchParse } from './parseBench';
import { chooseQueries } from './queries';
import {
  checkTargets,
  formatTable,
  growthRatios,
  summariseBrowser,
  writeReport,
  type BenchReport,
  type CorpusReport,
  type FirstLoadReport,
} from './report';
import { startStaticServer } from './serve';
import { forEachArg } from '../cliArgs';

interface BenchOptions {
  sizes: number[];
  reps: number;
  loadReps: number;
  real: string | null;
  out: string;
  seed: number;
  cache: string;
  profile: boolean;
  timeoutMs: number;
  zoomMs: number;
}

const SEED_COUNT = 5;
const DEFAULT_REAL = resolve(PROJECT_ROOT, '../shared/corpus/real-news.jsonl');

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [SEED_COUNT, 5000, 50000],
    reps: 30,
    loadReps: 5,
    real: existsSync(DEFAULT_REAL) ? DEFAULT_REAL : null,
    out: 'bench-results/report.json',
    seed: 1,
    cache: DEFAULT_CACHE_ROOT,
    profile: true,
    timeoutMs: 120_000,
    zoomMs: 2_000,
  };
  const positive = (value: string, name: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} needs a positive whole number`);
    return number;
  };
  forEachArg(argv, (arg, value) => {
    if (arg === '--sizes') options.sizes = value().split(',').map((size) => positive(size.replace(/_/g, ''), '--sizes'));
    else if (arg === '--reps') options.reps = positive(value(), '--reps');
    else if (arg === '--load-reps') options.loadReps = positive(value(), '--load-reps');
    else if (arg === '--real') {
      const path = value();
      options.real = path === 'none' ? null : resolve(path);
    } else if (arg === '--out') options.out = value();
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--cache') options.cache = value();
    else if (arg === '--no-profile') options.profile = false;
    else if (arg === '--timeout') options.timeoutMs = positive(value(), '--timeout');
    else if (arg === '--zoom-ms') options.zoomMs = positive(value(), '--zoom-ms');
    else throw new Error(`unknown argument ${arg}`);
  });
  if (options.real && !existsSync(options.real)) throw new Error(`--real: no file at ${options.real}`);
  return options;
}

/** First-load size as the project defines it (scripts/bundle-size.ts). */
function firstLoadOf(distDir: string): FirstLoadReport {
  const sizes = firstLoadSize(distDir);
  return {
    source: 'scripts/bundle-size.ts (index.html module scripts and their static imports, modulepreloads, stylesheets; gzip at zlib default)',
    jsGzipBytes: sizes.js.gzipBytes,
    jsRawBytes: sizes.js.rawBytes,
    cssGzipBytes: sizes.css.gzipBytes,
    cssRawBytes: sizes.css.rawBytes,
    files: [...sizes.js.files, ...sizes.css.files],
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function corpusFor(size: number, options: BenchOptions): { key: string; corpus: CorpusSource } {
  if (size === SEED_COUNT) return { key: 'seeds', corpus: seedsCorpus() };
  return { key: String(size), corpus: ensureGeneratedCorpus(size, options.seed, options.cache) };
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = Date.now();
  let machine = machineInfo();
  const appDir = join(resolve(options.cache), 'app');
  const plainAppDir = join(resolve(options.cache), 'app-unminified');
  log(`app: building into ${appDir} …`);
  await buildApp(appDir);
  if (options.profile) await buildApp(plainAppDir, ['--minify', 'false']);
  const firstLoad = firstLoadOf(appDir);

  const browser = await launchBenchBrowser();
  machine = { ...machine, chromium: browser.version() };
  const corpora: CorpusReport[] = [];
  const notes = [
    'Load times: ms from navigation start to the first animation frame in which the view is drawn with data (timeline marks or bins, a map region with a count, a list row); "all views" is the latest of the three; median over the load repetitions. Cold = new browser profile; cached = second navigation in the same profile (data from the HTTP cache).',
    'Interaction latency: a capturing listener timestamps the triggering DOM event (performance.now()); the end is the first requestAnimationFrame after a MutationObserver saw the result in the DOM (list changed / article text shown). The frame callback runs before that frame\'s style, layout and paint; the JSON also holds toPainted (a task after the frame).',
    'Text query: typed as one input event; keystroke → list includes the 180 ms commit delay of the search box; commit → list starts when the page posts the query to its search worker (which it does in the store update that the delay ends in).',
    'Main-thread CPU: the page\'s main-thread CPU time (CDP Performance.getMetrics ThreadTime) over the same window as the wall-clock figure (navigation → all views drawn; just before the action → the measured frame). On a busy machine wall time stretches while CPU time barely does, so CPU ≪ wall means the machine, not the app, was the bottleneck. The search worker\'s CPU is not included.',
    'Zoom frames: distance between consecutive requestAnimationFrame callbacks while wheel events zoom the timeline; headless Chromium paces frames at 60 Hz, so 16.7 ms is the floor.',
    'Profile: V8 sampling profile of the page\'s main thread, self time; "(program)" is time in the browser\'s own native code (style, layout, paint, parsing, DOM bindings), "(garbage collector)" is V8 GC.',
    'Heap: CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage, for the page and for each dedicated worker (the search worker exists once a text query ran).',
    'Select article: rows spread over the list, so most selections fetch a text shard the page does not have yet (from the HTTP cache after the first load).',
  ];

  const plan: Array<() => { key: string; corpus: CorpusSource }> = [
    ...options.sizes.map((size) => () => corpusFor(size, options)),
    ...(options.real ? [() => ({ key: 'real', corpus: jsonlCorpus(options.real!, 'real corpus') })] : []),
  ];
  const report = (): BenchReport => ({
    machine: finishMachineInfo(machine, browser.version()),
    options: { ...options },
    server: 'scripts/bench/serve.ts (node:http): gzip on for text; index.html no-cache + ETag; /assets/ immutable; everything else (data, geometry) max-age=3600 + ETag; data files compressed before measuring',
    firstLoad,
    corpora,
    targets: checkTargets(corpora, firstLoad),
    growth: growthRatios(corpora),
    notes,
  });

  try {
    for (const next of plan) {
      const { key, corpus } = next();
      log(`\n== ${corpus.label} (${corpus.path})`);
      const data = ensureDataDir(corpus, options.cache);
      log(`data: ${data.reused ? 'reused' : `built in ${((data.buildMs ?? 0) / 1000).toFixed(1)} s`} — ${data.path}`);
      log('parse: timing parseCorpus …');
      const parse = benchParse(corpus, (done, total) => {
        if (total >= 5000 && done % 5000 === 0) log(`  parsed ${done}/${total}`);
      });
      log(`parse: ${parse.articlesPerSecond.toFixed(0)} articles/s (${parse.msPerArticle.toFixed(2)} ms/article, ${parse.passes} pass(es))`);
      const dataSize = measureDataSize(data.path);
      const queryChoice = chooseQueries(readSearchTexts(data.path));
      const label = key === 'seeds' ? `${dataSize.articles} seeds` : key === 'real' ? `real ${dataSize.articles.toLocaleString('en')}` : `${Number(key).toLocaleString('en')} generated`;

      const server = await startStaticServer({ appDir, dataDir: data.path });
      server.prewarm();
      const plainServer = options.profile && key !== 'seeds' ? await startStaticServer({ appDir: plainAppDir, dataDir: data.path }) : null;
      plainServer?.prewarm();
      const loadAtStart = loadavg()[0]!;
      try {
        log(`browser: ${server.url}`);
        const browserResult = await runBrowserBench(browser, {
          url: `${server.url}?lang=zh`,
          reps: options.reps,
          loadReps: options.loadReps,
          queries: queryChoice?.queries ?? ['核酸', '隔离'],
          timeoutMs: options.timeoutMs,
          zoomMs: options.zoomMs,
          profile: plainServer ? { url: `${plainServer.url}?lang=zh`, appDir: plainAppDir } : undefined,
          log,
        });
        corpora.push({
          key,
          label,
          articles: dataSize.articles,
          loadAverage: { start: loadAtStart, end: loadavg()[0]! },
          corpus: { path: corpus.path, manifestCount: corpus.kind === 'folder' && corpus.manifest ? manifestCount(corpus.manifest) : null },
          data,
          parse,
          dataSize,
          queries: queryChoice,
          ...summariseBrowser(browserResult),
        });
      } finally {
        await server.close();
        await plainServer?.close();
      }
      writeReport(options.out, report());
    }
  } finally {
    await browser.close();
  }
  const final = report();
  writeReport(options.out, final);
  process.stdout.write(`\n${formatTable(final)}\n\nReport: ${resolve(options.out)} (${((Date.now() - started) / 60000).toFixed(1)} min)\n`);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
