import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadSize, htmlAssets, staticImports } from './bundle-size';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/preloaded-b.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
    <link rel="icon" href="data:image/svg+xml,x">
    <script src="https://example.org/analytics.js"></script>
  </head><body><div id="root"></div></body></html>`,
  'assets/index-a.js': `import{r as e}from"./shared-d.js";import"./side-effect-e.js";const l=()=>import("./lazy-f.js");new Worker(new URL("./worker-g.js",import.meta.url));e(l);`,
  'assets/preloaded-b.js': `export const b=1;`,
  'assets/shared-d.js': `export*from"./deep-h.js";export const r=x=>x;`,
  'assets/deep-h.js': `export const h="!important";`,
  'assets/side-effect-e.js': `console.log("e");`,
  'assets/lazy-f.js': `import{r}from"./shared-d.js";export const f=r(2);`,
  'assets/lazy-f.css': `.f{color:red}`,
  'assets/worker-g.js': `self.onmessage=()=>{};`,
  'assets/index-c.css': `body{margin:0}`,
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const sizeOf = (file: string) => ({ file, rawBytes: Buffer.byteLength(FILES[file]!), gzipBytes: gzipSync(FILES[file]!).length });

describe('bundle size', () => {
  it('reads the module scripts, modulepreloads and stylesheets of index.html, skipping remote and classic ones', () => {
    expect(htmlAssets(FILES['index.html']!)).toEqual([
      { file: './assets/index-a.js', kind: 'js' },
      { file: './assets/preloaded-b.js', kind: 'js' },
      { file: './assets/index-c.css', kind: 'css' },
    ]);
  });

  it('finds static imports and re-exports, not dynamic imports', () => {
    expect(staticImports(FILES['assets/index-a.js']!)).toEqual(['./shared-d.js', './side-effect-e.js']);
    expect(staticImports(FILES['assets/shared-d.js']!)).toEqual(['./deep-h.js']);
    expect(staticImports(`import x from './x.js';import * as y from "./y.js";export { z } from './z.js';`)).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('counts what loads before any dynamic import as first load, everything else as later', () => {
    const sizes = firstLoadSize(dist);
    const firstJs = ['assets/index-a.js', 'assets/shared-d.js', 'assets/side-effect-e.js', 'assets/preloaded-b.js', 'assets/deep-h.js'];
    expect(sizes.js.files.map((file) => file.file).sort()).toEqual([...firstJs].sort());
    expect(sizes.js.rawBytes).toBe(firstJs.reduce((sum, file) => sum + sizeOf(file).rawBytes, 0));
    expect(sizes.js.gzipBytes).toBe(firstJs.reduce((sum, file) => sum + sizeOf(file).gzipBytes, 0));
    expect(sizes.css.files).toEqual([sizeOf('assets/index-c.css')]);
    expect(sizes.lazy).toEqual(['assets/lazy-f.css', 'assets/lazy-f.js', 'assets/worker-g.js'].map(sizeOf));
  });
});
