import type { ArticleSummary } from '../model';
import type { Slice } from './slice';

/** The answer to one text query, for one version of the article list. */
export interface SearchResult {
  /** The normalised query (see `normaliseQuery`). */
  query: string;
  /** The `articles` array the answer is for; a new list needs a new search. */
  articles: readonly ArticleSummary[];
  /** 1 at each position of `articles` whose text contains the query. */
  matches: Uint8Array;
}

export interface SearchSlice {
  search: SearchResult | null;
  searchError: string | null;
  setSearchResult: (result: SearchResult) => void;
  failSearch: (message: string) => void;
}

export const createSearchSlice: Slice<SearchSlice> = (set) => ({
  search: null,
  searchError: null,
  setSearchResult: (search) => set({ search, searchError: null }),
  failSearch: (searchError) => set({ searchError }),
});
