import type { CollectionSource } from '../../store/corpusSlice';
import { loadSearchTexts } from './loadSearchTexts';
import { buildTextSearchIndex, searchTexts, type TextSearchIndex } from './textSearch';
import type { SearchReply, SearchRequest } from './protocol';

/** Answers text queries over the built collection with index positions (ascending). */
export interface SearchService {
  search: (query: string) => Promise<Uint32Array>;
  dispose: () => void;
}

/** Same search on the calling thread: for environments without workers (tests, old browsers). */
export function createInThreadSearch(collection: Pick<CollectionSource, 'baseUrl' | 'searchShardCount'>, fetchImpl?: typeof fetch): SearchService {
  let index: Promise<TextSearchIndex> | null = null;
  const ready = () => (index ??= loadSearchTexts(collection.baseUrl, collection.searchShardCount, fetchImpl).then(buildTextSearchIndex));
  return {
    search: async (query) => searchTexts(await ready(), query),
    dispose: () => undefined,
  };
}

/** The collection's texts live in a worker, so searching tens of thousands of articles never blocks the page. */
export function createWorkerSearch(collection: Pick<CollectionSource, 'baseUrl' | 'searchShardCount'>): SearchService {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (positions: Uint32Array) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (reply.type === 'result') request.resolve(reply.positions);
    else request.reject(new Error(reply.message));
  };
  worker.onerror = (event) => failAll(`The search worker stopped: ${event.message}`);
  const base = new URL(collection.baseUrl, document.baseURI).href;
  const post = (message: SearchRequest) => worker.postMessage(message);
  post({ type: 'open', baseUrl: base, shardCount: collection.searchShardCount });
  return {
    search: (query) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ type: 'query', id, query });
      }),
    dispose: () => {
      failAll('The search was replaced.');
      worker.terminate();
    },
  };
}

export function createSearchService(collection: CollectionSource): SearchService {
  return typeof Worker === 'undefined' ? createInThreadSearch(collection) : createWorkerSearch(collection);
}
