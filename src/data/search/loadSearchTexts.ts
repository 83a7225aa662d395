import { shardFileName } from '../collectionFormat';
import { fetchJson } from '../fetchJson';

const PARALLEL = 4;

/** Every article's search text, in index order, fetched shard by shard a few at a time. */
export async function loadSearchTexts(baseUrl: string, shardCount: number, fetchImpl: typeof fetch = fetch): Promise<string[]> {
  const shards: string[][] = new Array(shardCount);
  let next = 0;
  const worker = async () => {
    while (next < shardCount) {
      const shard = next++;
      const url = `${baseUrl}search/${shardFileName(shard)}`;
      const json = await fetchJson(url, 'The search text', fetchImpl);
      const texts = (json as { texts?: unknown }).texts;
      if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) throw new Error(`${url} is not a search shard.`);
      shards[shard] = texts as string[];
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, shardCount) }, worker));
  return shards.flat();
}
