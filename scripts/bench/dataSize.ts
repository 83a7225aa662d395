/** How big the pre-parsed collection is, per part, raw and gzip-compressed (what a static host would send). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CollectionIndexFile } from '../../src/data/collectionFormat';

export interface PartSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface DataSize {
  articles: number;
  errors: number;
  index: PartSize;
  articleShards: PartSize;
  searchShards: PartSize;
}

function sizeOf(paths: readonly string[]): PartSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files: paths.length, rawBytes, gzipBytes };
}

const jsonFilesIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));

export function measureDataSize(dataDir: string): DataSize {
  const indexPath = join(dataDir, 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as CollectionIndexFile;
  return {
    articles: index.articles.id.length,
    errors: index.errors.length,
    index: sizeOf([indexPath]),
    articleShards: sizeOf(jsonFilesIn(join(dataDir, 'articles'))),
    searchShards: sizeOf(jsonFilesIn(join(dataDir, 'search'))),
  };
}

/** Every article's search text, in index order (to choose queries whose answers are known). */
export function readSearchTexts(dataDir: string): string[] {
  return jsonFilesIn(join(dataDir, 'search')).flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { texts: string[] }).texts);
}
