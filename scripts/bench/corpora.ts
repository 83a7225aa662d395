/**
 * The corpora a benchmark (or the scale e2e test) runs on, generated and parsed
 * once and reused: each directory's name carries a hash of what made it (the
 * generator's arguments and source, the parser's source, the input files), so
 * a change to any of them gives a new directory instead of a stale one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CACHE_ROOT = process.env.BENCH_CACHE_DIR ?? join(tmpdir(), 'bench');
export const SEEDS_DIR = join(PROJECT_ROOT, 'public/seeds');

/** Hidden, so the parser (which skips dot files) never reads the manifest as an article. */
export const MANIFEST_NAME = '.manifest.jsonl';
const COMPLETE_MARKER = '.complete.json';

export type CorpusSource =
  | { kind: 'folder'; label: string; path: string; manifest?: string; count?: number }
  | { kind: 'jsonl'; label: string; path: string };

export interface DataDir {
  path: string;
  reused: boolean;
  buildMs: number | null;
}

const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = `${base}${suffix}`;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every project file an entry point imports, directly or not (relative imports only: packages are pinned by the lock file). */
export function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)) {
      const target = resolveImport(file, match[1]!);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

export function hashFiles(files: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(`${part}\0`);
  for (const file of files) {
    hash.update(`${file.startsWith(PROJECT_ROOT) ? file.slice(PROJECT_ROOT.length) : file}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

const generatorHash = () => hashFiles(sourceClosure(join(PROJECT_ROOT, 'scripts/generate-corpus.ts')));
const parserHash = () => hashFiles(sourceClosure(join(PROJECT_ROOT, 'scripts/build-data.ts')));

function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(folder);
  return files;
}

const isComplete = (dir: string) => existsSync(join(dir, COMPLETE_MARKER));

/** Moves a finished staging directory into place; if another run got there first, its copy is kept. */
function publish(staging: string, target: string, details: object): void {
  writeFileSync(join(staging, COMPLETE_MARKER), JSON.stringify({ ...details, finished: new Date().toISOString() }));
  if (isComplete(target)) {
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch (error) {
    if (!isComplete(target)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Older versions of the same corpus or data (other hashes) are stale: remove them to keep /tmp in bounds. */
function removeStaleSiblings(target: string, prefix: string): void {
  const parent = dirname(target);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith(prefix) && path !== target && !name.includes('.staging-')) rmSync(path, { recursive: true, force: true });
  }
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** `count` generated articles (fixed seed) with their manifest; generated only when missing. */
export function ensureGeneratedCorpus(count: number, seed: number, cacheRoot = DEFAULT_CACHE_ROOT): CorpusSource & { kind: 'folder' } {
  const prefix = `corpus-${count}-s${seed}-`;
  const dir = join(resolve(cacheRoot), `${prefix}${generatorHash()}`);
  const corpus = { kind: 'folder' as const, label: `${count.toLocaleString('en')} generated`, path: dir, manifest: join(dir, MANIFEST_NAME), count };
  if (isComplete(dir)) return corpus;
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const started = performance.now();
  log(`corpus: generating ${count} articles (seed ${seed}) into ${dir} …`);
  execFileSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'scripts/generate-corpus.ts'), '--count', String(count), '--seed', String(seed), '--out', staging],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  renameSync(join(staging, 'manifest.jsonl'), join(staging, MANIFEST_NAME));
  publish(staging, dir, { count, seed });
  removeStaleSiblings(dir, prefix);
  log(`corpus: ${count} articles generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return corpus;
}

export function seedsCorpus(): CorpusSource {
  return { kind: 'folder', label: `${listFiles(SEEDS_DIR).length} seeds`, path: SEEDS_DIR };
}

export function jsonlCorpus(path: string, label = 'real corpus'): CorpusSource {
  return { kind: 'jsonl', label, path: resolve(path) };
}

/** What identifies a corpus's content: the generator's hash is in a generated folder's name already. */
function corpusKey(corpus: CorpusSource): { prefix: string; hash: string } {
  if (corpus.kind === 'folder' && corpus.manifest) {
    const name = corpus.path.split(/[\\/]/).pop()!;
    return { prefix: `data-${name.replace(/^corpus-/, '').replace(/-[0-9a-f]{12}$/, '')}-`, hash: name.slice(-12) };
  }
  if (corpus.kind === 'folder') return { prefix: 'data-folder-', hash: hashFiles(listFiles(corpus.path), [corpus.path]) };
  const stats = statSync(corpus.path);
  return { prefix: 'data-jsonl-', hash: hashFiles([], [corpus.path, String(stats.size), String(stats.mtimeMs)]) };
}

/** The corpus parsed into the split collection (scripts/build-data.ts); parsed only when missing. */
export function ensureDataDir(corpus: CorpusSource, cacheRoot = DEFAULT_CACHE_ROOT): DataDir {
  const { prefix, hash } = corpusKey(corpus);
  const dir = join(resolve(cacheRoot), `${prefix}${hash}-${parserHash()}`);
  if (isComplete(dir)) return { path: dir, reused: true, buildMs: null };
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const input = corpus.kind === 'jsonl' ? ['--jsonl', corpus.path] : [corpus.path];
  const started = performance.now();
  log(`data: parsing ${corpus.label} into ${dir} …`);
  execFileSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'scripts/build-data.ts'), ...input, '--out', staging],
    // The whole parsed corpus is held at once: tens of thousands of articles outgrow Node's default heap.
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim() } },
  );
  publish(staging, dir, { corpus: corpus.path });
  if (corpus.kind === 'folder' && corpus.manifest) removeStaleSiblings(dir, prefix);
  const buildMs = performance.now() - started;
  return { path: dir, reused: false, buildMs };
}

/** Builds the app (no data step: the server supplies /data/); resolves with the build time in ms. */
export function buildApp(outDir: string, extraArgs: readonly string[] = []): Promise<number> {
  const started = performance.now();
  const args = [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'warn', ...extraArgs];
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveBuild(performance.now() - started) : reject(new Error(`vite build exited with ${code}`))));
  });
}

export function manifestCount(manifest: string): number {
  return readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim() !== '').length;
}
