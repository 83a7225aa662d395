import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlOf, contentTypeOf, fileUnder, startStaticServer, type StaticServer } from './serve';

describe('static server rules', () => {
  it('names module scripts (workers too) application/javascript', () => {
    expect(contentTypeOf('assets/search.worker-abc.js')).toBe('application/javascript; charset=utf-8');
    expect(contentTypeOf('data/index.json')).toBe('application/json; charset=utf-8');
  });

  it('revalidates the page, keeps hashed assets forever and data for an hour', () => {
    expect(cacheControlOf('/')).toBe('no-cache');
    expect(cacheControlOf('/index.html')).toBe('no-cache');
    expect(cacheControlOf('/assets/index-abc.js')).toContain('immutable');
    expect(cacheControlOf('/data/index.json')).toBe('public, max-age=3600');
  });

  it('never leaves its root', () => {
    expect(fileUnder('/srv/app', '../secret')).toBeNull();
    expect(fileUnder('/srv/app', 'assets/a.js')).toBe('/srv/app/assets/a.js');
  });
});

describe('startStaticServer', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-test-'));
    mkdirSync(join(root, 'app/assets'), { recursive: true });
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'app/index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'app/assets/main.js'), 'console.log(1);');
    writeFileSync(join(root, 'data/index.json'), JSON.stringify({ articles: [1, 2, 3] }));
    writeFileSync(join(root, 'manifest.jsonl'), '{"file":"a"}\n');
    server = await startStaticServer({
      appDir: join(root, 'app'),
      dataDir: join(root, 'data'),
      extraFiles: { '/corpus/manifest.jsonl': join(root, 'manifest.jsonl') },
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the app at / and the data under /data/', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>app</title>');
    const data = await fetch(new URL('data/index.json', server.url));
    expect(await data.json()).toEqual({ articles: [1, 2, 3] });
    expect(await (await fetch(new URL('corpus/manifest.jsonl', server.url))).text()).toBe('{"file":"a"}\n');
  });

  it('answers a matching ETag with 304 and a missing file with 404', async () => {
    const first = await fetch(new URL('assets/main.js', server.url));
    const etag = first.headers.get('etag')!;
    const again = await fetch(new URL('assets/main.js', server.url), { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await fetch(new URL('data/missing.json', server.url))).status).toBe(404);
    expect((await fetch(new URL('%2e%2e/manifest.jsonl', server.url))).status).toBe(404);
  });

  it('gzips text for clients that accept it', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(new URL('data/index.json', server.url), { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(body.bytes).toString())).toEqual({ articles: [1, 2, 3] });
  });
});
