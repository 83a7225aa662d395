import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store';
import { fetchJson } from './fetchJson';
import { loadGazetteer } from './lazy/lazyGazetteer';
import { readCollectionIndex } from './readCollection';

export const DEFAULT_COLLECTION_URL = `${import.meta.env.BASE_URL}data/`;

/** Loads the built collection's index into the store, with a clear message on failure; full texts come later, on demand. */
export async function loadCorpus(store: StoreApi<ExplorerState>, baseUrl = DEFAULT_COLLECTION_URL): Promise<void> {
  store.getState().beginCorpusLoad();
  try {
    const url = `${baseUrl}index.json`;
    // Articles are shown with their region names, so the gazetteer is loaded alongside.
    const [json] = await Promise.all([fetchJson(url, 'The article collection'), loadGazetteer()]);
    const index = readCollectionIndex(json, url);
    store.getState().setCorpus(index.summaries, index.errors, {
      baseUrl,
      shardSize: index.shardSize,
      shardCount: index.shardCount,
      searchShardSize: index.searchShardSize,
      searchShardCount: index.searchShardCount,
      indexPositions: index.indexPositions,
    });
  } catch (error) {
    store.getState().failCorpusLoad(error instanceof Error ? error.message : String(error));
  }
}
