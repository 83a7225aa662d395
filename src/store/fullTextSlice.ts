import type { Article } from '../model';
import type { Slice } from './slice';

/** Full records of the collection fetched so far; summaries alone drive the collection views. */
export interface FullTextSlice {
  fullArticles: ReadonlyMap<string, Article>;
  /** Why an article's full record could not be fetched, by id. */
  fullArticleErrors: ReadonlyMap<string, string>;
  receiveFullArticles: (articles: readonly Article[]) => void;
  failFullArticles: (ids: readonly string[], message: string) => void;
}

/** Enough for browsing back and forth without refetching, small enough to keep memory flat. */
const KEEP = 2_000;

export const createFullTextSlice: Slice<FullTextSlice> = (set) => ({
  fullArticles: new Map(),
  fullArticleErrors: new Map(),
  receiveFullArticles: (articles) =>
    set((state) => {
      const next = new Map(state.fullArticles);
      for (const article of articles) {
        next.delete(article.id);
        next.set(article.id, article);
      }
      // Maps iterate in insertion order: the oldest fetched go first.
      for (const id of next.keys()) {
        if (next.size <= KEEP) break;
        next.delete(id);
      }
      const errors = new Map(state.fullArticleErrors);
      for (const article of articles) errors.delete(article.id);
      return { fullArticles: next, fullArticleErrors: errors };
    }),
  failFullArticles: (ids, message) =>
    set((state) => {
      const errors = new Map(state.fullArticleErrors);
      for (const id of ids) errors.set(id, message);
      return { fullArticleErrors: errors };
    }),
});
