import type { StoreApi } from 'zustand';
import { searchText } from '../data/collectionFormat';
import { createSearchService, type SearchService } from '../data/search/searchService';
import type { CollectionSource } from './corpusSlice';
import type { ExplorerState } from './index';
import { selectNormalisedQuery, selectSearchPending } from './selectors';

/**
 * Answers the text query whenever it (or the article list) changes: the
 * collection is searched by the search service, what the user added right here.
 * Only the newest answer is kept, so fast typing never shows a stale list.
 */
export function startSearchSync(
  store: StoreApi<ExplorerState>,
  makeService: (collection: CollectionSource) => SearchService = createSearchService,
): () => void {
  let service: { for: CollectionSource; search: SearchService } | null = null;
  let latest = 0;

  const run = async () => {
    const state = store.getState();
    if (!selectSearchPending(state)) return;
    const query = selectNormalisedQuery(state);
    const { articles, collection, addedArticles } = state;
    const ticket = ++latest;
    try {
      const matches = new Uint8Array(articles.length);
      const collectionSize = collection?.indexPositions.length ?? 0;
      if (collection && collectionSize > 0) {
        if (service?.for !== collection) {
          service?.search.dispose();
          service = { for: collection, search: makeService(collection) };
        }
        const positions = await service.search.search(query);
        const hit = new Uint8Array(collection.searchShardCount * collection.searchShardSize);
        for (const position of positions) hit[position] = 1;
        for (let i = 0; i < collectionSize; i++) matches[i] = hit[collection.indexPositions[i]!]!;
      }
      addedArticles.forEach((article, i) => {
        if (searchText(article).includes(query)) matches[collectionSize + i] = 1;
      });
      if (ticket === latest) store.getState().setSearchResult({ query, articles, matches });
    } catch (error) {
      if (ticket === latest) store.getState().failSearch(error instanceof Error ? error.message : String(error));
    }
  };

  void run();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters.query !== previous.filters.query || state.articles !== previous.articles) void run();
  });
  return () => {
    unsubscribe();
    service?.search.dispose();
  };
}
