import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store';
import { validateCorpus } from './validateCorpus';

export const DEFAULT_CORPUS_URL = `${import.meta.env.BASE_URL}data/articles.json`;

/** Loads the pre-parsed default corpus into the store, with a clear message on failure. */
export async function loadCorpus(store: StoreApi<ExplorerState>, url = DEFAULT_CORPUS_URL): Promise<void> {
  store.getState().beginCorpusLoad();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The article collection could not be loaded (${response.status} ${response.statusText}) from ${url}.`);
    // Static hosts often answer a missing file with the app's own page.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new Error(`The article collection was not found at ${url} (the server returned a web page). Run \`npm run data\` before building.`);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new Error(`The article collection at ${url} is not valid JSON.`);
    }
    const { articles, errors } = validateCorpus(json, url);
    store.getState().setCorpus(articles, errors);
  } catch (error) {
    store.getState().failCorpusLoad(error instanceof Error ? error.message : String(error));
  }
}
