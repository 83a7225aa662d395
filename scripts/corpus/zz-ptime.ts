import { generateArticle } from './generateArticle';
import { parseArticleBytes } from '../../src/parse/parseArticle';
const byKind = new Map<string, [number, number, number]>();
parseArticleBytes('w.txt', new TextEncoder().encode('预热文本'));
for (let i = 0; i < 300; i++) {
  const g = generateArticle(8, i);
  const t = performance.now();
  parseArticleBytes(g.file, g.bytes);
  const e = byKind.get(g.manifest.kind) ?? [0, 0, 0];
  e[0]++; e[1] += performance.now() - t; e[2] += g.manifest.length;
  byKind.set(g.manifest.kind, e);
}
for (const [k, [n, ms, len]] of byKind) console.log(k, n, 'ms/article', (ms / n).toFixed(1), 'chars', Math.round(len / n), 'µs/char', (1000 * ms / len).toFixed(1));
