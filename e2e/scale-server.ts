/**
 * Web server of the `scale` e2e project (playwright.config.ts): a seeded corpus of
 * generated articles, parsed into the split collection and served with the app.
 * The corpus and its parsed data are cached under /tmp (BENCH_CACHE_DIR), named by
 * a hash of the generator, the parser and the arguments, so reruns reuse them and
 * any change to either rebuilds. The corpus manifest is served at /corpus/manifest.jsonl.
 *
 *   tsx e2e/scale-server.ts --port 4318 --app-out dist-scale [--count 5000] [--seed 1]
 */
import { buildApp, ensureDataDir, ensureGeneratedCorpus } from '../scripts/bench/corpora';
import { startStaticServer } from '../scripts/bench/serve';
import { forEachArg } from '../scripts/cliArgs';

function parseArgs(argv: readonly string[]) {
  const options = { port: 4318, appOut: 'dist-scale', count: 5000, seed: 1 };
  forEachArg(argv, (arg, value) => {
    if (arg === '--port') options.port = Number(value());
    else if (arg === '--app-out') options.appOut = value();
    else if (arg === '--count') options.count = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  });
  return options;
}

const log = (message: string) => process.stderr.write(`[scale server] ${message}\n`);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  // The app builds in its own process while the corpus is generated and parsed.
  const appBuilt = buildApp(options.appOut);
  const corpus = ensureGeneratedCorpus(options.count, options.seed);
  log(`corpus ready at ${seconds()}: ${corpus.path}`);
  const data = ensureDataDir(corpus);
  log(`data ${data.reused ? 'reused' : 'built'} at ${seconds()}: ${data.path}`);
  await appBuilt;
  log(`app built at ${seconds()}: ${options.appOut}`);
  const server = await startStaticServer({
    appDir: options.appOut,
    dataDir: data.path,
    port: options.port,
    extraFiles: { '/corpus/manifest.jsonl': corpus.manifest! },
  });
  log(`serving ${server.url} after ${seconds()}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
