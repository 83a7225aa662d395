/**
 * A small static server for the built app and one corpus's data:
 *   /data/…      → the collection built by scripts/build-data.ts (index, article and search shards)
 *   /<extra>     → single files named on the command line (e.g. a corpus manifest)
 *   everything else → the app build (/ is index.html)
 *
 * Caching is what a static host would do: index.html must be revalidated (ETag),
 * everything else may be reused for an hour without asking (hashed /assets/ forever),
 * so a second visit loads the data from the browser's cache.
 * Text responses are gzip-compressed when the browser accepts it; each file is
 * compressed once and kept in memory, and `prewarm` does that ahead of a measurement.
 *
 *   tsx scripts/bench/serve.ts --app DIR --data DIR [--port 0] [--host 127.0.0.1] [--no-gzip] [--file /url=PATH …]
 */
import { createReadStream, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { forEachArg } from '../cliArgs';

export interface StaticServerOptions {
  appDir: string;
  dataDir: string;
  /** URL path → file, served as is (e.g. `/corpus/manifest.jsonl`). */
  extraFiles?: Record<string, string>;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  gzip?: boolean;
}

export interface StaticServer {
  url: string;
  port: number;
  gzip: boolean;
  /** Compresses every data file now, so compression time never lands inside a measurement. */
  prewarm: () => void;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.jsonl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function cacheControlOf(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (urlPath === '/' || urlPath.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}

/** The file a URL path names inside `root`, or null when it would escape it. */
export function fileUnder(root: string, relativePath: string): string | null {
  const base = resolve(root);
  const file = resolve(base, `.${sep}${relativePath}`);
  return file === base || file.startsWith(`${base}${sep}`) ? file : null;
}

function statFile(path: string): Stats | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const gzip = options.gzip ?? true;
  const extras = new Map(Object.entries(options.extraFiles ?? {}).map(([url, file]) => [url, resolve(file)]));
  const compressed = new Map<string, Buffer>();

  const gzipped = (file: string, stats: Stats): Buffer => {
    const key = `${file}:${stats.size}:${stats.mtimeMs}`;
    let body = compressed.get(key);
    if (!body) {
      body = gzipSync(readFileSync(file));
      compressed.set(key, body);
    }
    return body;
  };

  const locate = (urlPath: string): string | null => {
    const extra = extras.get(urlPath);
    if (extra) return extra;
    if (urlPath.startsWith('/data/')) return fileUnder(options.dataDir, urlPath.slice('/data/'.length));
    return fileUnder(options.appDir, urlPath === '/' ? 'index.html' : urlPath.slice(1));
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = locate(urlPath);
    const stats = file ? statFile(file) : null;
    if (!file || !stats) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${urlPath}\n`);
      return;
    }
    const type = contentTypeOf(file);
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': cacheControlOf(urlPath),
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip && acceptsGzip && COMPRESSIBLE.test(type)) {
      const body = gzipped(file, stats);
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': String(stats.size) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const server = createServer(handle);
  // Keep-alive sockets would hold `close` open until the browser lets go of them.
  server.keepAliveTimeout = 2_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';

  const prewarm = () => {
    if (!gzip) return;
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile() && COMPRESSIBLE.test(contentTypeOf(path))) gzipped(path, statSync(path));
      }
    };
    walk(resolve(options.dataDir));
  };

  return {
    url: `http://${host}:${port}/`,
    port,
    gzip,
    prewarm,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

export function parseServeArgs(argv: readonly string[]): StaticServerOptions {
  const options: StaticServerOptions = { appDir: '', dataDir: '', extraFiles: {}, port: 0, host: '127.0.0.1', gzip: true };
  forEachArg(argv, (arg, value) => {
    if (arg === '--app') options.appDir = value();
    else if (arg === '--data') options.dataDir = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--no-gzip') options.gzip = false;
    else if (arg === '--file') {
      const [url, path] = value().split('=', 2);
      if (!url?.startsWith('/') || !path) throw new Error('--file needs /url/path=FILE');
      options.extraFiles![url] = path;
    } else throw new Error(`unknown argument ${arg}`);
  });
  if (!options.appDir || !options.dataDir) throw new Error('--app and --data are required');
  if (!Number.isInteger(options.port) || options.port! < 0) throw new Error('--port needs a whole number');
  return options;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  try {
    const server = await startStaticServer(parseServeArgs(process.argv.slice(2)));
    process.stdout.write(`serving ${server.url} (gzip ${server.gzip ? 'on' : 'off'})\n`);
  } catch (error) {
    process.stderr.write(`serve: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
