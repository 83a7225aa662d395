/**
 * Sizes of a built app: what index.html loads before the first view can draw
 * (its module scripts, their static imports, modulepreloads and stylesheets)
 * and every other script or stylesheet (lazy chunks, workers), raw and gzip.
 *
 *   npx tsx scripts/bundle-size.ts [distDir]     (default: dist)
 *
 * Exits with 1 when the first-load JavaScript is over the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first-load JavaScript budget, gzip. */
export const FIRST_LOAD_JS_BUDGET_BYTES = 150_000;

export interface FileSize {
  /** Path relative to the dist folder, with forward slashes. */
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface SizeTotal {
  rawBytes: number;
  gzipBytes: number;
  files: FileSize[];
}

export interface BundleSizes {
  /** Scripts loaded before any dynamic import. */
  js: SizeTotal;
  /** Stylesheets index.html links. */
  css: SizeTotal;
  /** Every other script and stylesheet: lazily imported chunks, workers. */
  lazy: FileSize[];
}

interface HtmlAsset {
  file: string;
  kind: 'js' | 'css';
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined);

const isLocal = (url: string) => !/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url);

/** The scripts and stylesheets index.html itself asks for, as written there. */
export function htmlAssets(indexHtml: string): HtmlAsset[] {
  const assets: HtmlAsset[] = [];
  for (const [tag] of indexHtml.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && isLocal(src) && attribute(tag, 'type') === 'module') assets.push({ file: src, kind: 'js' });
  }
  for (const [tag] of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!href || !isLocal(href)) continue;
    if (rel.includes('modulepreload')) assets.push({ file: href, kind: 'js' });
    else if (rel.includes('stylesheet')) assets.push({ file: href, kind: 'css' });
  }
  return assets;
}

// `import x from "./…"`, `import {a as b} from "./…"`, `import "./…"` and `export … from "./…"`, not `import("./…")`.
const STATIC_IMPORT =
  /(?<![\w$.])(?:import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])(\.[^"'\n]*)\1/g;

/** Relative module specifiers a script imports statically. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2]!);
}

/** A URL from index.html or a chunk, as a path relative to the dist folder. */
function distPath(url: string, fromFile: string): string {
  const clean = url.replace(/[?#].*$/, '');
  if (clean.startsWith('/')) return posix.normalize(clean.slice(1));
  return posix.normalize(posix.join(posix.dirname(fromFile), clean));
}

function measure(distDir: string, file: string): FileSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function total(files: FileSize[]): SizeTotal {
  return {
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files,
  };
}

function scriptsAndStyles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptsAndStyles(path, root);
    return /\.(?:m?js|css)$/.test(entry.name) ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/** First-load and lazy sizes of the app built into `distDir` (gzip at zlib's default level, as a server would send it). */
export function firstLoadSize(distDir: string): BundleSizes {
  const assets = htmlAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const css = [...new Set(assets.filter((asset) => asset.kind === 'css').map((asset) => distPath(asset.file, 'index.html')))];
  const js = new Set<string>();
  const queue = assets.filter((asset) => asset.kind === 'js').map((asset) => distPath(asset.file, 'index.html'));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (js.has(file)) continue;
    js.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    queue.push(...staticImports(code).map((specifier) => distPath(specifier, file)));
  }
  const firstLoad = new Set([...js, ...css]);
  return {
    js: total([...js].map((file) => measure(distDir, file))),
    css: total(css.map((file) => measure(distDir, file))),
    lazy: scriptsAndStyles(distDir)
      .filter((file) => !firstLoad.has(file))
      .sort()
      .map((file) => measure(distDir, file)),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const row = (label: string, size: { rawBytes: number; gzipBytes: number }) =>
  `  ${label.padEnd(52)} ${kB(size.rawBytes).padStart(11)}   gzip ${kB(size.gzipBytes).padStart(10)}`;

export function report(distDir: string, sizes: BundleSizes): string {
  const within = sizes.js.gzipBytes <= FIRST_LOAD_JS_BUDGET_BYTES;
  return [
    `First load (${distDir}/index.html and its static imports):`,
    row('JavaScript', sizes.js),
    ...sizes.js.files.map((file) => row(`  ${file.file}`, file)),
    row('CSS', sizes.css),
    ...sizes.css.files.map((file) => row(`  ${file.file}`, file)),
    'Loaded later (dynamic imports, workers):',
    ...sizes.lazy.map((file) => row(file.file, file)),
    `First-load JavaScript: ${kB(sizes.js.gzipBytes)} gzip of a ${kB(FIRST_LOAD_JS_BUDGET_BYTES)} budget — ${within ? 'within' : 'OVER'} budget.`,
  ].join('\n');
}

function main(args: readonly string[]): void {
  const distDir = args[0] ?? 'dist';
  const sizes = firstLoadSize(distDir);
  console.log(report(distDir, sizes));
  if (sizes.js.gzipBytes > FIRST_LOAD_JS_BUDGET_BYTES) process.exitCode = 1;
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) main(process.argv.slice(2));
