import type { Article, ArticleSummary, FileError } from '../model';
import { uniqueIds } from '../parse/articleId';
import { summariseArticle } from '../data/summarise';
import type { Slice } from './slice';

export type CorpusStatus = 'loading' | 'ready' | 'error';

/** Where the built collection's full records and search texts are fetched from. */
export interface CollectionSource {
  baseUrl: string;
  shardSize: number;
  shardCount: number;
  searchShardSize: number;
  searchShardCount: number;
  /** Index-file position of each collection article, in `articles` order. */
  indexPositions: Uint32Array;
}

export interface CorpusSlice {
  corpusStatus: CorpusStatus;
  /** Summaries of the built collection (in its index order) followed by what the user added. */
  articles: ArticleSummary[];
  /** Full records of what the user added, kept apart so a (re)load of the collection never drops them. */
  addedArticles: Article[];
  collection: CollectionSource | null;
  /** Files that could not be parsed, kept so nothing a user gave is silently dropped. */
  fileErrors: FileError[];
  /** Why the corpus itself could not be loaded (network, malformed JSON). */
  loadError: string | null;
  /** Files currently being parsed in the browser. */
  parsing: number;
  beginCorpusLoad: () => void;
  setCorpus: (summaries: ArticleSummary[], errors: FileError[], collection: CollectionSource | null) => void;
  failCorpusLoad: (message: string) => void;
  /**
   * Adds user-given articles. Re-adding the same file replaces its earlier
   * version; any other id clash gets a suffix, so no article hides another.
   */
  addArticles: (articles: Article[], errors: FileError[]) => void;
  setParsing: (count: number) => void;
  dismissFileErrors: () => void;
  /** Drops these user-added articles (collection articles are never removed). */
  removeAddedArticles: (ids: readonly string[]) => void;
  /** Drops everything the user added. */
  clearAddedArticles: () => void;
}

function mergeAdded(collection: readonly ArticleSummary[], existingAdded: readonly Article[], incoming: readonly Article[]): Article[] {
  if (existingAdded.length === 0 && incoming.length === 0) return [];
  const takenIds = collection.map((article) => article.id);
  const replaced = new Set(incoming.map((article) => `${article.id}\u0000${article.file}`));
  const kept = existingAdded.filter((article) => !replaced.has(`${article.id}\u0000${article.file}`));
  const taken = [...takenIds, ...kept.map((article) => article.id)];
  const ids = uniqueIds([...taken, ...incoming.map((article) => article.id)]).slice(taken.length);
  return [...kept, ...incoming.map((article, index) => (ids[index] === article.id ? article : { ...article, id: ids[index]! }))];
}

const summariesOf = (added: readonly Article[]): ArticleSummary[] => added.map((article) => summariseArticle(article, 'added'));

export const createCorpusSlice: Slice<CorpusSlice> = (set) => ({
  corpusStatus: 'loading',
  articles: [],
  addedArticles: [],
  collection: null,
  fileErrors: [],
  loadError: null,
  parsing: 0,
  beginCorpusLoad: () => set({ corpusStatus: 'loading', loadError: null }),
  setCorpus: (base, errors, collection) =>
    set((state) => {
      // Added articles whose ids now clash with the (re)loaded collection are renamed.
      const addedArticles = mergeAdded(base, [], state.addedArticles);
      return {
        corpusStatus: 'ready',
        articles: addedArticles.length === 0 ? base : [...base, ...summariesOf(addedArticles)],
        addedArticles,
        collection,
        fileErrors: [...errors, ...state.fileErrors],
        loadError: null,
      };
    }),
  failCorpusLoad: (loadError) => set({ corpusStatus: 'error', loadError }),
  addArticles: (incoming, errors) =>
    set((state) => {
      const base = state.articles.filter((article) => article.origin !== 'added');
      const addedArticles = mergeAdded(base, state.addedArticles, incoming);
      return {
        // While the collection is still loading, stay "loading": a linked article may yet arrive.
        corpusStatus: state.corpusStatus === 'loading' ? 'loading' : 'ready',
        articles: [...base, ...summariesOf(addedArticles)],
        addedArticles,
        fileErrors: [...state.fileErrors, ...errors],
      };
    }),
  setParsing: (parsing) => set({ parsing }),
  dismissFileErrors: () => set({ fileErrors: [] }),
  removeAddedArticles: (ids) =>
    set((state) => {
      const removed = new Set(ids);
      return {
        articles: state.articles.filter((article) => article.origin !== 'added' || !removed.has(article.id)),
        addedArticles: state.addedArticles.filter((article) => !removed.has(article.id)),
      };
    }),
  clearAddedArticles: () =>
    set((state) => ({ articles: state.articles.filter((article) => article.origin !== 'added'), addedArticles: [] })),
});
